package org.pustaka.central.backend;

import java.time.ZoneId;

/**
 * Settings of the library system that circulation obeys: its time zone (all dates are local to it) and
 * whether closed days between the due date and the return are left out of the overdue days.
 */
public record LibrarySettings(ZoneId zone, boolean finesSkipClosedDays) {
}
