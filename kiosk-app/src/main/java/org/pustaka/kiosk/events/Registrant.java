package org.pustaka.kiosk.events;

import java.util.Objects;

/** Who signs up: a library member (by member number) or a guest without a card (name and phone). */
public sealed interface Registrant {

    record Member(String memberId) implements Registrant {
        public Member {
            Objects.requireNonNull(memberId, "memberId");
        }

        @Override
        public String toString() {
            return "Member[" + org.pustaka.privacy.PatronMask.mask(memberId) + "]";
        }
    }

    /** A guest; {@code phone} is normalised to +62 form by validation before it is stored. */
    record Guest(String name, String phone) implements Registrant {
        public Guest {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
        }
    }
}
