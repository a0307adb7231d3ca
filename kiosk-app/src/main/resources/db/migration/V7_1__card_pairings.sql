-- Contactless cards paired with members by the central catalog, kept so a card works offline too.
CREATE TABLE card_pairing (
    card_uid        VARCHAR(32)   PRIMARY KEY,         -- the card's UID, upper-case hex
    member_id       VARCHAR(64)   NOT NULL,
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
