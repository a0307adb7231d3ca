package org.pustaka.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TypeOfUsage;
import org.pustaka.kiosk.circulation.PadTag;
import org.pustaka.kiosk.diagnostics.PadScan;
import org.pustaka.kiosk.diagnostics.TagBench;

/**
 * The text of the tag view's list: per tag its UID and security state, then the decoded fields or the
 * sentence saying what is wrong with it. Labels come from the screen's language; the sentences about a
 * bad tag are already in both languages. Pure; any thread.
 */
final class DiagnosticsTagRows {
    private final Texts t;

    DiagnosticsTagRows(Texts t) {
        this.t = t;
    }

    String status(PadScan scan) {
        if (scan.readerFailed()) {
            return scan.problem().in(t.language());
        }
        return scan.tags().isEmpty() ? t.get("diag.tags.none") : t.get("diag.tags.count", scan.tags().size());
    }

    String rows(PadScan scan) {
        List<String> lines = new ArrayList<>();
        for (PadTag tag : scan.tags()) {
            lines.add(tag.uid() + "  AFI " + tag.afiHex() + " " + security(tag.security()));
            if (tag.content().isPresent()) {
                LibraryTag c = tag.content().get();
                lines.add("  " + t.get("diag.tags.item", c.itemId(), String.valueOf(c.partNumber()),
                        String.valueOf(c.partsInItem())));
                lines.add("  " + t.get("diag.tags.owner", c.country().isEmpty() ? "-" : c.country(),
                        c.isil().isEmpty() ? "-" : c.isil()));
                lines.add("  " + t.get("diag.tags.usage", String.valueOf(c.typeOfUsage()), usage(c.typeOfUsage())));
                lines.add("  " + t.get("diag.tags.format", String.valueOf(c.version()),
                        c.blockOrder().name().toLowerCase(Locale.ROOT), String.format("%04X", c.crc())));
            } else {
                lines.add("  " + TagBench.problem(tag).in(t.language()));
            }
            lines.add("");
        }
        return String.join("\n", lines).strip();
    }

    String security(PadTag.Security s) {
        return switch (s) {
            case ON_LOAN -> t.get("diag.tags.onLoan");
            case IN_STOCK -> t.get("diag.tags.inStock");
            case OTHER, UNKNOWN -> t.get("diag.tags.otherAfi");
        };
    }

    private String usage(int code) {
        return switch (code) {
            case TypeOfUsage.ACQUISITION, TypeOfUsage.CIRCULATING, TypeOfUsage.NOT_FOR_CIRCULATION,
                    TypeOfUsage.DISCARDED, TypeOfUsage.PATRON_CARD -> t.get("diag.tags.usage." + code);
            default -> t.get("diag.tags.usage.other");
        };
    }
}
