-- A quotation whose article names its speaker only by role ("the prime minister said") keeps that
-- role, so that the person another article describes that way can be filled in corpus-wide.

ALTER TABLE quotes ADD COLUMN role TEXT;
CREATE INDEX quotes_unresolved_role ON quotes (article_id) WHERE person_id IS NULL AND role IS NOT NULL;
