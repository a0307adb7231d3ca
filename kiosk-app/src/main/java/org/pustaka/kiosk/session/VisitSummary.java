package org.pustaka.kiosk.session;

import java.time.Duration;
import java.util.Optional;
import org.pustaka.kiosk.library.PatronIdentity;

/**
 * What a finished visit amounted to, for the survey report and usage metrics: whether someone was
 * identified (never who, beyond what the caller needs for ending the library session), how many
 * transactions, the survey score (0 when not answered), how long it took and what it was for: the activity of
 * its first transaction, else the first activity the visitor opened (empty when they opened none).
 */
public record VisitSummary(Optional<PatronIdentity> patron, int transactions, int surveyScore, boolean receiptPrinted,
                           String language, Duration duration, Optional<Activity> activity) {
}
