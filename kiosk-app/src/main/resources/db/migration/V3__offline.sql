-- Offline store-and-forward: where each offline transaction stands in the replay, and the visitors
-- seen online before (for offline.knownPatronsOnly), kept as a hash of the card number, never in clear.
ALTER TABLE journal ADD COLUMN replay VARCHAR(16) DEFAULT 'NONE' NOT NULL;
ALTER TABLE journal ADD COLUMN replayed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX journal_replay ON journal (replay, created_at, seq);

CREATE TABLE known_patron (
    patron_key      VARCHAR(64)   PRIMARY KEY,         -- SHA-256 of the card number, hex
    pin_hash        VARCHAR(200),                      -- PBKDF2 of the PIN with its salt, or NULL
    last_seen       TIMESTAMP WITH TIME ZONE NOT NULL
);
