package org.pustaka.kiosk.session;

import java.util.Objects;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;

/** What can happen to a session: taps forwarded by the UI, results of work, and the passing of time. */
public sealed interface SessionEvent {

    /** A big choice on the welcome screen. */
    record Start(Activity activity) implements SessionEvent {
        public Start {
            Objects.requireNonNull(activity, "activity");
        }
    }

    /** A card was scanned or tapped while no one was identified. */
    record CardPresented(String cardNumber) implements SessionEvent {
        public CardPresented {
            Objects.requireNonNull(cardNumber, "cardNumber");
        }

        @Override
        public String toString() {
            return "CardPresented[" + org.pustaka.privacy.PatronMask.mask(cardNumber) + "]";
        }
    }

    /** The library accepted the card (and PIN). */
    record Identified(PatronIdentity patron) implements SessionEvent {
        public Identified {
            Objects.requireNonNull(patron, "patron");
        }
    }

    /** The library refused the card or PIN; the visitor stays on the identify screen to try again. */
    record IdentificationFailed(Refusal refusal) implements SessionEvent {
    }

    /** A choice on the menu of an identified visitor. */
    record Choose(Activity activity) implements SessionEvent {
        public Choose {
            Objects.requireNonNull(activity, "activity");
        }
    }

    /** A loan, return, renewal, sign-up or booking was recorded: the visit now has something to print. */
    record TransactionRecorded() implements SessionEvent {
    }

    /** The visitor is done with the current activity ("Selesai"). */
    record ActivityDone() implements SessionEvent {
    }

    /** The visitor chose a printed receipt or none. */
    record ReceiptChosen(boolean print) implements SessionEvent {
    }

    /** The visitor's satisfaction, 1 (sad) to 5 (very happy), or 0 when skipped. */
    record SurveyAnswered(int score) implements SessionEvent {
        public SurveyAnswered {
            if (score < 0 || score > 5) {
                throw new IllegalArgumentException("score must be 0 to 5, got " + score);
            }
        }
    }

    /** The visitor cancelled ("Batal"); the visit ends at once. */
    record Cancel() implements SessionEvent {
    }

    /** The visitor touched the screen or the pad: inactivity starts again. */
    record Touch() implements SessionEvent {
    }

    /** Time passed; the session checks its timeouts against its clock. */
    record Tick() implements SessionEvent {
    }

    /** The visitor switched language. */
    record LanguageChosen(String language) implements SessionEvent {
        public LanguageChosen {
            if (!"id".equals(language) && !"en".equals(language)) {
                throw new IllegalArgumentException("language must be id or en, got " + language);
            }
        }
    }
}
