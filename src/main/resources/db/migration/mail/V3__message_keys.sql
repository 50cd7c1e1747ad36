-- Entries the application writes may be kept as a message key with its arguments, so each reader
-- sees them in their own language (body keeps the English text for the API and emails).
alter table mail_message add column body_key text;
alter table mail_message add column body_args text;
