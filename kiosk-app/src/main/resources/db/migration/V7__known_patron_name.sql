-- Offline visits greet the visitor by name: the name the library gave when the card was last accepted
-- online, kept with the card-number hash (the number itself is still never stored here).
ALTER TABLE known_patron ADD COLUMN display_name VARCHAR(200);
