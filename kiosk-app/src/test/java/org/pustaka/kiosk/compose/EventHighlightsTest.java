package org.pustaka.kiosk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.booking.Sentence;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.ui.Highlight;

class EventHighlightsTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 12, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta"));

    @Test
    void theStripShowsTheNextEventsAndNothingElse() {
        List<LibraryEvent> events = IntStream.range(0, 8).mapToObj(i -> event("E" + i, START.plusDays(i))).toList();

        List<Highlight> shown = new EventHighlights(desk(() -> events)).upcoming();

        assertThat(shown).hasSize(EventHighlights.SHOWN).allMatch(h -> h.kind() == Highlight.Kind.EVENT);
        assertThat(shown.get(0).date()).isEqualTo(START.toLocalDate());
    }

    @Test
    void whenTheEventsCannotBeReadTheStripGetsNothingAndShowsTips() {
        List<Highlight> shown = new EventHighlights(desk(() -> {
            throw new StoreException("the local database is not answering");
        })).upcoming();

        assertThat(shown).isEmpty();
    }

    private static LibraryEvent event(String id, ZonedDateTime start) {
        return new LibraryEvent(id, new Sentence("Diskusi Buku", "Book discussion"), new Sentence("-", "-"),
                EventCategory.DISKUSI_BUKU, start, start.plusHours(2), "Aula", Audience.ADULTS, 15, 99, 30, 30);
    }

    private static EventDesk desk(java.util.function.Supplier<List<LibraryEvent>> upcoming) {
        return new EventDesk() {
            @Override
            public List<LibraryEvent> upcoming() {
                return upcoming.get();
            }

            @Override
            public RegistrationResult signUp(SignUpRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RegistrationResult cancel(UUID registrationId, String memberId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RegistrationResult.Done> registrationsOf(String memberId) {
                return List.of();
            }
        };
    }
}
