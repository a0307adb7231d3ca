-- The circulation journal: one row per circulation step a visitor asked for, written before and
-- after each side effect (library system, tag). Rows are never deleted by the kiosk.
CREATE TABLE journal (
    id              UUID          PRIMARY KEY,
    seq             BIGINT        AUTO_INCREMENT NOT NULL UNIQUE,
    kind            VARCHAR(16)   NOT NULL,            -- CHECKOUT, CHECKIN, RENEW
    item_id         VARCHAR(64)   NOT NULL,
    tag_uid         VARCHAR(32),
    patron_id       VARCHAR(64),                       -- stored whole for replay; masked everywhere else
    state           VARCHAR(24)   NOT NULL,
    offline         BOOLEAN       DEFAULT FALSE NOT NULL,
    title           VARCHAR(512),
    due_date        DATE,
    detail          VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journal_state ON journal (state);
CREATE INDEX journal_item ON journal (item_id);

-- Reports for the central catalog, delivered in seq order, idempotent by id.
CREATE TABLE outbox (
    id              UUID          PRIMARY KEY,
    seq             BIGINT        AUTO_INCREMENT NOT NULL UNIQUE,
    kind            VARCHAR(32)   NOT NULL,
    payload         CLOB          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           DEFAULT 0 NOT NULL,
    last_error      VARCHAR(2000),
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_pending ON outbox (state, kind, seq);
