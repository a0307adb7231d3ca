package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.SummaryList;

class ListedItemsTest {
    @Test
    void emptyAndBlankEntriesAreDroppedAndTitlesCutOff() {
        List<String> padded = new ArrayList<>(List.of("30000111", " 30000112 Sejarah Kota Malang", "30000111"));
        padded.addAll(Collections.nCopies(9997, ""));
        padded.add("   ");

        assertThat(ListedItems.ids(padded)).containsExactly("30000111", "30000112");
    }

    @Test
    void aLongListIsCappedAfterTheFirstIds() {
        List<String> many = IntStream.range(0, 100).mapToObj(i -> Integer.toString(30000000 + i)).toList();

        assertThat(ListedItems.ids(many)).hasSize(ListedItems.CAP).startsWith("30000000").endsWith("30000029");
    }

    @Test
    void theRequestAsksForNoMoreThanTheCap() {
        PatronInformationRequest r = new Sip2Requests("MLG", "", "").patronInformation(
                PatronCredentials.withoutPin("2024000123"), SummaryList.HOLD_ITEMS, LocalDateTime.of(2026, 12, 7, 9, 0));

        assertThat(r.startItem()).isEqualTo("1");
        assertThat(r.endItem()).isEqualTo("30");
    }
}
