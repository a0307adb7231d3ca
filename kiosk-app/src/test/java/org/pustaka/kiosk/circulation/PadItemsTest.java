package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PadItemsTest {

    @Test
    void partsOfOneItemBecomeOneItemCompleteOnlyWithEveryPart() {
        PadTag book = PadTag.item("E004015000010501", "30000105", 2, 1, 1);
        PadTag cd = PadTag.item("E004015000010502", "30000105", 2, 2, 1);

        PadContent both = PadItems.assemble(List.of(cd, book));
        PadContent one = PadItems.assemble(List.of(book));

        assertThat(both.items()).singleElement().satisfies(i -> {
            assertThat(i.complete()).isTrue();
            assertThat(i.partsInItem()).isEqualTo(2);
            assertThat(i.tagUids()).containsExactly("E004015000010501", "E004015000010502");
        });
        assertThat(one.items()).singleElement().matches(i -> !i.complete() && i.readable());
    }

    @Test
    void twoCopiesOfTheSamePartDoNotMakeAWholeItem() {
        PadTag a = PadTag.item("E004015000010501", "30000105", 2, 1, 1);
        PadTag b = PadTag.item("E004015000010599", "30000105", 2, 1, 1);

        assertThat(PadItems.assemble(List.of(a, b)).items()).singleElement().matches(i -> !i.complete());
    }

    @Test
    void unreadableTagsAreReportedAndPatronCardsSetApart() {
        PadContent c = PadItems.assemble(List.of(PadTag.unreadable("E0040150DEADBEEF"),
                PadTag.item("E0040150CA000001", "2024000123", 1, 1, PadTag.USAGE_PATRON_CARD),
                PadTag.item("E004015000010101", "30000101", 1, 1, 1)));

        assertThat(c.items()).extracting(PadItem::itemId).containsExactly("30000101", "");
        assertThat(c.items().get(1).readable()).isFalse();
        assertThat(c.items().get(1).tagUids()).containsExactly("E0040150DEADBEEF");
        assertThat(c.patronCards()).containsExactly("2024000123");
    }
}
