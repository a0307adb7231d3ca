package org.pustaka.kiosk.ui;

/**
 * Whether the kiosk can serve visitors at all (its RFID reader answers, its local database takes writes),
 * so the welcome screen can say so plainly. {@link #outOfOrder()} is called on the event thread and must
 * answer at once from memory; {@link #onChange} listeners may be called on any thread.
 */
public interface ServiceNotice {
    /** A kiosk that is never out of order (tests, tools). */
    ServiceNotice NONE = new ServiceNotice() {
        @Override
        public boolean outOfOrder() {
            return false;
        }

        @Override
        public void onChange(Runnable listener) {
        }
    };

    boolean outOfOrder();

    void onChange(Runnable listener);
}
