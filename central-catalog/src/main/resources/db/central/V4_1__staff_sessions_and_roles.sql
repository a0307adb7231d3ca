-- Staff pages: who may do what, the sessions of signed-in staff, and failed sign-ins for the rate limit.
-- Staff accounts themselves stay in SLiMS's user table; rows here are keyed by its username.

-- Roles beyond reading: EVENTS (events and school visits), KIOSKS (the fleet). Every SLiMS staff account
-- may read; SLiMS's administrator (user_id 1 or group 1) has every role without a row here.
CREATE TABLE staff_role (
    username        VARCHAR(50)  NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    PRIMARY KEY (username, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Only the SHA-256 of the session cookie is kept, so a copy of this table signs nobody in.
CREATE TABLE staff_session (
    session_hash    CHAR(64)     NOT NULL PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    real_name       VARCHAR(100) NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    csrf_token      CHAR(43)     NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    KEY staff_session_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff_login_failure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    remote          VARCHAR(64)  NOT NULL,
    failed_at       DATETIME(3)  NOT NULL,
    KEY staff_login_failure_user (username, failed_at),
    KEY staff_login_failure_remote (remote, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
