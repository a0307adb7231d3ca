-- Event series (the text shared by a programme's sessions), registration windows, cancelled sessions and
-- attendance. A session is a library_event row; its series column names an event_series row.

CREATE TABLE event_series (
    series_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    title_id        VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL,
    description_id  VARCHAR(2000) NOT NULL DEFAULT '',
    description_en  VARCHAR(2000) NOT NULL DEFAULT '',
    category        VARCHAR(32)  NOT NULL DEFAULT '',
    audience        VARCHAR(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Series that sessions already name take the text of their earliest session.
INSERT INTO event_series (series_id, title_id, title_en, description_id, description_en, category, audience)
SELECT e.series, e.title_id, e.title_en, e.description_id, e.description_en, e.category, e.audience
FROM library_event e
WHERE e.series <> '' AND e.event_id = (SELECT f.event_id FROM library_event f WHERE f.series = e.series
                                       ORDER BY f.start_at, f.event_id LIMIT 1);

-- NULL opens and closes mean "from when the session is listed" and "until it starts".
ALTER TABLE library_event
    ADD COLUMN registration_opens  DATETIME(3)  NULL,
    ADD COLUMN registration_closes DATETIME(3)  NULL,
    ADD COLUMN cancelled_at        DATETIME(3)  NULL,
    ADD COLUMN cancel_reason       VARCHAR(500) NULL,
    ADD KEY library_event_series (series, start_at);

-- attendance: NULL until marked, then ATTENDED or ABSENT.
ALTER TABLE event_registration
    ADD COLUMN attendance    VARCHAR(16) NULL,
    ADD COLUMN attendance_at DATETIME(3) NULL;
