package org.pustaka.central.reports;

import java.util.UUID;

/** A batch record: stored once by its id, whichever batch brings it. */
public sealed interface Report permits TransactionRecord, SurveyRecord, UsageRecord {
    UUID id();
}
