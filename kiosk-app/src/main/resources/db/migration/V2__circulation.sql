-- Circulation: every tag of a multi-part item, the library's refusal and the return instructions,
-- kept with the journal entry so recovery and the receipt need nothing else.
ALTER TABLE journal ADD COLUMN tag_uids VARCHAR(400);
ALTER TABLE journal ADD COLUMN refusal_reason VARCHAR(40);
ALTER TABLE journal ADD COLUMN sort_bin VARCHAR(64);
ALTER TABLE journal ADD COLUMN hold_shelf BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX journal_created ON journal (created_at, seq);
