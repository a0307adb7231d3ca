package org.pustaka.hardware.rfid;

/**
 * What {@link TagSecurity} achieved: the AFI was written and read back ({@link Verified}), or it could not
 * be proven ({@link Unverified}), in which case the item's security state is unknown and the caller must
 * compensate or flag it for staff.
 */
public sealed interface SecurityResult {

    String uid();

    int wantedAfi();

    boolean verified();

    /** A sentence for the log and the technician. */
    String message();

    record Verified(String uid, int wantedAfi, int attempts) implements SecurityResult {
        @Override
        public boolean verified() {
            return true;
        }

        @Override
        public String message() {
            return String.format("Tag %s now carries AFI 0x%02X (confirmed by reading it back, attempt %d).",
                    uid, wantedAfi, attempts);
        }
    }

    /**
     * @param lastReadAfi the AFI last read back, or -1 when it could not be read at all
     * @param reason      the last reader error, or empty when the tag answered with another AFI
     */
    record Unverified(String uid, int wantedAfi, int lastReadAfi, int attempts, String reason)
            implements SecurityResult {
        @Override
        public boolean verified() {
            return false;
        }

        @Override
        public String message() {
            String seen = lastReadAfi < 0 ? "its AFI could not be read back"
                    : String.format("it still reads AFI 0x%02X", lastReadAfi);
            return String.format("Tag %s could not be set to AFI 0x%02X after %d attempts: %s%s. "
                    + "The item's security state is not confirmed; staff must check it.",
                    uid, wantedAfi, attempts, seen, reason.isEmpty() ? "" : " (" + reason + ")");
        }
    }
}
