-- A credit note's reference the application writes ("Reversal of: INV/2026/00001, Broken") is also
-- kept as a message key with its arguments, so each reader sees it in their own language; reference
-- keeps the English text (the API, search). Rows written before keep only their text, shown as stored.
alter table invoice add column reference_key text;
alter table invoice add column reference_args text;
