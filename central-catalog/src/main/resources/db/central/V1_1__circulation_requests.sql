-- Exactly-once ledger of circulation requests: one row per (kiosk, request id). A row is written PENDING with
-- the plan of the library-system writes before the first of them, and DONE with the answer after the last, so
-- a repeat gets the stored answer and a request cut off half-way is finished by its repeat.
CREATE TABLE circulation_request (
    kiosk_id     VARCHAR(64)  NOT NULL,
    request_id   VARCHAR(100) NOT NULL,
    operation    VARCHAR(16)  NOT NULL,
    member_id    VARCHAR(20)  NULL,
    item_code    VARCHAR(20)  NULL,
    state        VARCHAR(8)   NOT NULL,
    plan_json    TEXT         NULL,
    answer_json  MEDIUMTEXT   NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (kiosk_id, request_id),
    KEY circulation_request_item (item_code, state),
    KEY circulation_request_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
