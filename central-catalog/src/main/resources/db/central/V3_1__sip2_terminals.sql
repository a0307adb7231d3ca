-- SIP2 terminals (self-check machines, sorters) that may log in to the service's SIP2 server with 93. The
-- password is stored as a bcrypt hash only; the terminal's login becomes its id in the circulation ledger
-- (prefixed "sip2:"), so a terminal's repeated requests are recognised like a kiosk's.
CREATE TABLE sip2_terminal (
    login          VARCHAR(48)  NOT NULL,
    password_hash  VARCHAR(80)  NOT NULL,
    location_code  VARCHAR(64)  NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
