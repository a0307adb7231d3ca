-- Statistik's indexes (the staff pages' figures over a year of kiosk reports).
-- Busy hours and the per-kiosk table read only these columns over a time range: a covering range scan.
CREATE INDEX transaction_report_time ON transaction_report (occurred_at, kiosk_id, type, outcome, offline);
-- Top titles and the kiosks' loans (matched to the library system's loans): accepted checkouts in a range,
-- covering (title included: grouping a month's titles through row lookups took ten times as long).
CREATE INDEX transaction_report_type_time ON transaction_report (type, outcome, offline, occurred_at, kiosk_id, item_id, title);
-- Kiosk visits and items per visit by period.
CREATE INDEX usage_report_period ON usage_report (period_start, kiosk_id, visits, items_per_visit);
-- The Dinas summary: participants per event, bookings per slot.
CREATE INDEX event_registration_event_party ON event_registration (event_id, status, party_size);
-- (V7_1's key on slot_id alone is widened: this one serves the week view's look-ups by slot as well.)
DROP INDEX visit_booking_slot ON visit_booking;
CREATE INDEX visit_booking_slot ON visit_booking (slot_id, status, students);
-- The library system's loans as Statistik counts them, copied once each in loan id order (SLiMS's loan table
-- has no key on dates and the service never changes SLiMS's schema): this table exists for its index.
-- member_key is a hash of the member number, enough to count members without keeping who they are.
CREATE TABLE statistics_loan (
    loan_id         BIGINT       NOT NULL PRIMARY KEY,
    loan_date       DATE         NOT NULL,
    item_code       VARCHAR(64)  NOT NULL,
    member_key      BIGINT       NOT NULL,
    kiosk           BOOLEAN      NOT NULL,
    collection_type VARCHAR(100) NOT NULL,
    member_type     VARCHAR(100) NOT NULL,
    KEY statistics_loan_date (loan_date, kiosk, item_code, collection_type, member_type, member_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
