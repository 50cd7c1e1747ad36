-- Credit notes posted by invoicing's job on their date (moved here from aftersales, which fills it
-- from its old table in its own migration: invoicing migrates first).
create table invoicing_scheduled_posting (
    credit_note_id bigint primary key references invoice (id),
    post_on        date not null,
    done_at        timestamptz,
    outcome        text
);
create index invoicing_scheduled_due on invoicing_scheduled_posting (post_on) where done_at is null;
