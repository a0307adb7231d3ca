-- School visits run by the staff pages: slots defined by term, and the staff's decisions on bookings.
-- Survey figures for the staff pages read survey_answer by period, activity and score.

-- A term (semester) of slots: on each chosen weekday between first_day and last_day one slot from start_time
-- to end_time (library-local times) in room. weekdays holds ISO day numbers, Monday 1 to Sunday 7 ("2,3,4").
CREATE TABLE visit_term (
    term_id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    first_day       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    weekdays        VARCHAR(20)  NOT NULL,
    start_time      TIME         NOT NULL,
    end_time        TIME         NOT NULL,
    room            VARCHAR(100) NOT NULL,
    capacity        INT          NOT NULL,
    created_by      VARCHAR(50)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    KEY visit_term_days (first_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The term a slot was made for (NULL for single slots and for slots made before terms existed).
ALTER TABLE visit_slot
    ADD COLUMN term_id BIGINT NULL,
    ADD KEY visit_slot_term (term_id);

-- A kiosk booking is CONFIRMED when made (the slot is held). Staff then confirm it with the school
-- (staff_confirmed_*) or cancel it with a reason: status CANCELLED, active_slot NULL (the slot is free
-- for the kiosks again), the reason and who cancelled kept.
ALTER TABLE visit_booking
    ADD COLUMN staff_confirmed_at DATETIME(3) NULL,
    ADD COLUMN staff_confirmed_by VARCHAR(50) NULL,
    ADD COLUMN cancelled_at DATETIME(3) NULL,
    ADD COLUMN cancelled_by VARCHAR(50) NULL,
    ADD COLUMN cancel_reason VARCHAR(500) NULL,
    ADD KEY visit_booking_slot (slot_id);

-- The survey page groups a period's answers by day, activity and score: this index covers that query.
ALTER TABLE survey_answer
    ADD KEY survey_answer_time_activity_score (answered_at, activity, score);
