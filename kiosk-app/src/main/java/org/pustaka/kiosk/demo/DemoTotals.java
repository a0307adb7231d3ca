package org.pustaka.kiosk.demo;

import org.pustaka.kiosk.circulation.ItemOutcome;

/** What the scripted visit did, printed by the demo command as one JSON line. */
public final class DemoTotals {
    public int borrowed;
    public int borrowedOffline;
    public int refused;
    public int returned;
    public int renewed;
    public int seeStaff;
    public int replayed;
    public int receiptLines;

    void count(String what, ItemOutcome o) {
        switch (o.result()) {
            case DONE -> {
                if (what.equals("borrow")) {
                    borrowed++;
                } else if (what.equals("return")) {
                    returned++;
                } else {
                    renewed++;
                }
            }
            case DONE_OFFLINE -> borrowedOffline++;
            case REFUSED -> refused++;
            case SEE_STAFF -> seeStaff++;
        }
    }
}
