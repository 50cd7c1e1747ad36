-- An origin the application writes ("Return of WH/OUT/00001") is also kept as a message key with its
-- arguments, so each reader sees it in their own language; origin keeps the English text (the API,
-- search). Rows written before keep only their text and are shown as stored.
alter table transfer add column origin_key text;
alter table transfer add column origin_args text;
