-- After-sales: reason codes, links ticket <-> documents, idempotency of the wizards' actions,
-- scheduled postings of future-dated credit notes. No foreign keys across modules.

create table aftersales_reason_code (
    id     bigserial primary key,
    code   text    not null unique,
    name   text    not null,
    active boolean not null default true,
    sort   int     not null default 0
);

insert into aftersales_reason_code (code, name, sort) values
    ('DEFECTIVE', 'Defective', 1),
    ('DAMAGED_IN_TRANSIT', 'Damaged in transit', 2),
    ('WRONG_ITEM', 'Wrong item', 3),
    ('NOT_AS_DESCRIBED', 'Not as described', 4),
    ('LATE_DELIVERY', 'Late delivery', 5),
    ('GOODWILL', 'Goodwill', 6),
    ('OTHER', 'Other', 7);

-- A document made from a ticket (written in the transaction that makes the document).
create table aftersales_link (
    id            bigserial primary key,
    ticket_id     bigint      not null,
    document_kind text        not null check (document_kind in ('CREDIT_NOTE', 'INVOICE')),
    document_id   bigint      not null,
    reason_code   text        not null,
    created_by    bigint,
    created_at    timestamptz not null default now(),
    unique (document_kind, document_id)
);
create index aftersales_link_ticket on aftersales_link (ticket_id);

-- The first result of an after-sales action per idempotency key (kept at least 24 hours).
create table aftersales_idempotency (
    idempotency_key text primary key,
    ticket_id       bigint      not null,
    action          text        not null,
    request_hash    text        not null,
    result          text,
    created_at      timestamptz not null default now()
);

-- Credit notes to post on a later date (reversal date in the future).
create table aftersales_scheduled_posting (
    credit_note_id bigint primary key,
    ticket_id      bigint      not null,
    post_on        date        not null,
    done_at        timestamptz,
    outcome        text
);
create index aftersales_scheduled_due on aftersales_scheduled_posting (post_on) where done_at is null;
