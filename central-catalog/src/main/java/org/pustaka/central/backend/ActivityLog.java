package org.pustaka.central.backend;

import java.time.LocalDateTime;

/** What the library system's own statistics count: visits and the staff activity log. */
public interface ActivityLog {

    /** Counts the member as a visitor today, once a day as the library system does. */
    void visit(Member member, LocalDateTime stamp);

    /** Writes the activity log row of one circulation step by the service's staff user. */
    void record(Step step, String memberId, String itemCode, LocalDateTime stamp);

    /** Whether that exact row is already written (used when finishing an interrupted request). */
    boolean isRecorded(Step step, String memberId, String itemCode, LocalDateTime stamp);

    /** The circulation steps the log knows. */
    enum Step { LOAN, RETURN, RENEWAL }
}
