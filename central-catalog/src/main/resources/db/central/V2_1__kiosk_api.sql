-- The kiosk API's own tables. Times are UTC (DATETIME(3) written from java.time.Instant).

CREATE TABLE kiosk (
    kiosk_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    enrolled_at     DATETIME(3)  NOT NULL,
    version         VARCHAR(64)  NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Tokens are 256-bit random values; only their SHA-256 is kept.
CREATE TABLE kiosk_token (
    token_hash      CHAR(64)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    issued_at       DATETIME(3)  NOT NULL,
    revoked_at      DATETIME(3)  NULL,
    KEY kiosk_token_kiosk (kiosk_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- A one-time code for one kiosk id. token_seed lets a repeated enrollment within a few minutes answer the
-- same token (derived from the code, which is kept only hashed); it is erased after that window.
CREATE TABLE enrollment_code (
    code_hash       CHAR(64)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    used_at         DATETIME(3)  NULL,
    token_seed      VARBINARY(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- The latest heartbeat per kiosk; only the latest matters.
CREATE TABLE kiosk_heartbeat (
    kiosk_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    received_at     DATETIME(3)  NOT NULL,
    sent_at         DATETIME(3)  NOT NULL,
    version         VARCHAR(64)  NOT NULL,
    outbox_depth    INT          NOT NULL,
    last_error      VARCHAR(2000) NOT NULL,
    devices_json    TEXT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE transaction_report (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    type            VARCHAR(16)  NOT NULL,
    item_id         VARCHAR(64)  NOT NULL,
    title           VARCHAR(500) NOT NULL,
    occurred_at     DATETIME(3)  NOT NULL,
    offline         BOOLEAN      NOT NULL,
    outcome         VARCHAR(32)  NOT NULL,
    refusal_code    VARCHAR(64)  NOT NULL,
    due_date        DATE         NULL,
    detail          VARCHAR(1000) NOT NULL,
    received_at     DATETIME(3)  NOT NULL,
    KEY transaction_report_kiosk_time (kiosk_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    answered_at     DATETIME(3)  NOT NULL,
    score           TINYINT      NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    activity        VARCHAR(32)  NOT NULL,
    received_at     DATETIME(3)  NOT NULL,
    KEY survey_answer_time (answered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE usage_report (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    period_start    DATETIME(3)  NOT NULL,
    period_end      DATETIME(3)  NOT NULL,
    transactions    INT          NOT NULL,
    by_hour_json    TEXT         NOT NULL,
    visits          INT          NOT NULL,
    items_per_visit DOUBLE       NOT NULL,
    top_titles_json TEXT         NOT NULL,
    received_at     DATETIME(3)  NOT NULL,
    KEY usage_report_kiosk_period (kiosk_id, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE library_event (
    event_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    series          VARCHAR(100) NOT NULL DEFAULT '',
    title_id        VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL,
    description_id  VARCHAR(2000) NOT NULL DEFAULT '',
    description_en  VARCHAR(2000) NOT NULL DEFAULT '',
    category        VARCHAR(32)  NOT NULL DEFAULT '',
    start_at        DATETIME(3)  NOT NULL,
    end_at          DATETIME(3)  NOT NULL,
    room            VARCHAR(100) NOT NULL DEFAULT '',
    audience        VARCHAR(100) NOT NULL DEFAULT '',
    age_min         INT          NOT NULL DEFAULT 0,
    age_max         INT          NOT NULL DEFAULT 0,
    capacity        INT          NOT NULL,
    waitlist        BOOLEAN      NOT NULL,
    KEY library_event_start (start_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- seq orders the waiting list (first come, first promoted).
CREATE TABLE event_registration (
    registration_id CHAR(36)     NOT NULL PRIMARY KEY,
    seq             BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    event_id        VARCHAR(100) NOT NULL,
    kiosk_id        VARCHAR(40)  NOT NULL,
    member_id       VARCHAR(64)  NULL,
    guest_name      VARCHAR(100) NULL,
    guest_phone     VARCHAR(20)  NULL,
    party_size      INT          NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    cancelled_at    DATETIME(3)  NULL,
    KEY event_registration_event (event_id, status, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE visit_slot (
    slot_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    start_at        DATETIME(3)  NOT NULL,
    end_at          DATETIME(3)  NOT NULL,
    room            VARCHAR(100) NOT NULL DEFAULT '',
    capacity        INT          NOT NULL,
    KEY visit_slot_start (start_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- active_slot is the slot id while the booking holds it, NULL once cancelled: one holder per slot.
CREATE TABLE visit_booking (
    booking_id      CHAR(36)     NOT NULL PRIMARY KEY,
    confirmation_code VARCHAR(16) NOT NULL UNIQUE,
    slot_id         VARCHAR(64)  NOT NULL,
    active_slot     VARCHAR(64)  NULL UNIQUE,
    kiosk_id        VARCHAR(40)  NOT NULL,
    school_name     VARCHAR(200) NOT NULL,
    npsn            CHAR(8)      NOT NULL,
    teacher_name    VARCHAR(100) NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    students        INT          NOT NULL,
    grade           VARCHAR(16)  NOT NULL,
    notes           VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The first answer to a single changing request, repeated for any retry with the same id.
CREATE TABLE api_request (
    request_id      CHAR(36)     NOT NULL PRIMARY KEY,
    kiosk_id        VARCHAR(40)  NOT NULL,
    operation       VARCHAR(32)  NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    status          SMALLINT     NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    KEY api_request_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
