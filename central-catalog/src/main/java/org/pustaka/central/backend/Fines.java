package org.pustaka.central.backend;

import java.time.LocalDate;

/** Fines owed by members, in whole currency units. */
public interface Fines {

    /** What the member still owes: charges less payments, never below 0. */
    long unpaid(String memberId);

    /** Records an overdue charge for an item on a date (an amount of 0 is recorded too, if asked). */
    void chargeOverdue(String memberId, String itemCode, LocalDate date, long amount);

    /** Whether exactly this overdue charge is already recorded (used when finishing an interrupted request). */
    boolean hasOverdueCharge(String memberId, String itemCode, LocalDate date, long amount);
}
