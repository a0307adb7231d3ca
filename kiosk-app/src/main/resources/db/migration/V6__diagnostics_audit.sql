-- Every action taken in the technician's diagnostics mode (unlock attempts, self-tests, test pages,
-- tag writes, retries, restarts), kept for staff. Rows are never deleted by the kiosk. The detail is
-- a sentence with secrets masked; a PIN is never stored.
CREATE TABLE diagnostics_audit (
    seq             BIGINT        AUTO_INCREMENT PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    detail          VARCHAR(2000) DEFAULT '' NOT NULL
);
CREATE INDEX diagnostics_audit_at ON diagnostics_audit (at);
