package org.pustaka.hardware.api;

import java.util.ArrayList;
import java.util.List;

/** A whole receipt: lines in order, printed and then cut. */
public record Receipt(List<ReceiptLine> lines) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects lines in order; not thread-safe. */
    public static final class Builder {
        private final List<ReceiptLine> lines = new ArrayList<>();

        public Builder add(ReceiptLine line) {
            lines.add(line);
            return this;
        }

        public Builder text(String text) {
            return add(ReceiptLine.Text.plain(text));
        }

        public Builder heading(String text) {
            return add(ReceiptLine.Text.heading(text));
        }

        public Builder centered(String text) {
            return add(ReceiptLine.Text.centered(text));
        }

        public Builder columns(String left, String right) {
            return add(new ReceiptLine.Columns(left, right));
        }

        public Builder rule() {
            return add(new ReceiptLine.Rule());
        }

        public Builder blank() {
            return add(new ReceiptLine.Blank());
        }

        public Builder qr(String payload) {
            return add(new ReceiptLine.Qr(payload));
        }

        public Receipt build() {
            return new Receipt(lines);
        }
    }
}
