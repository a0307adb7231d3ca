-- Contactless library cards paired with members when the desk hands them out. A card belongs to one
-- member; a member may hold several cards. The UID is upper-case hex, 4 to 10 bytes.
CREATE TABLE card_pairing (
    uid             VARCHAR(20)  NOT NULL PRIMARY KEY,
    member_id       VARCHAR(64)  NOT NULL,
    paired_at       DATETIME(3)  NOT NULL,
    paired_by       VARCHAR(100) NOT NULL,
    KEY card_pairing_member (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every pairing and unpairing (a lost card, a card handed back), with who did it and why.
CREATE TABLE card_pairing_log (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid             VARCHAR(20)  NOT NULL,
    member_id       VARCHAR(64)  NOT NULL,
    action          VARCHAR(8)   NOT NULL,
    reason          VARCHAR(200) NOT NULL DEFAULT '',
    done_at         DATETIME(3)  NOT NULL,
    done_by         VARCHAR(100) NOT NULL,
    KEY card_pairing_log_uid (uid, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
