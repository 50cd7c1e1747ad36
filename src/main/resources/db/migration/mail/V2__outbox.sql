-- The outbox: one row per email to one recipient, written in the transaction of the action.
create table mail_outbox (
    id               bigserial primary key,
    message_id       text        not null unique,
    purpose          text        not null,
    document_type    text,
    document_id      bigint,
    recipient_email  text        not null,
    recipient_name   text,
    subject          text        not null,
    body_html        text        not null,
    body_text        text        not null,
    in_reply_to      text,
    references_ids   text,
    state            text        not null default 'QUEUED'
                     check (state in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_at       timestamptz,
    last_error       text,
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'QUEUED';
create index mail_outbox_claimed on mail_outbox (claimed_at) where state = 'SENDING';
create index mail_outbox_document on mail_outbox (document_type, document_id);

create table mail_outbox_attachment (
    id           bigserial primary key,
    outbox_id    bigint not null references mail_outbox (id) on delete cascade,
    filename     text   not null,
    content_type text   not null,
    content      bytea  not null
);
create index mail_outbox_attachment_outbox on mail_outbox_attachment (outbox_id);

-- Templates per purpose and language, edited by an admin. Subject and text body use Thymeleaf's
-- TEXT mode, the HTML body its HTML mode.
create table mail_template (
    purpose    text not null,
    language   text not null check (language in ('en', 'vi')),
    subject    text not null,
    body_html  text not null,
    body_text  text not null,
    updated_at timestamptz,
    primary key (purpose, language)
);

-- The language a recipient reads mail in (by email address); English when unknown.
create table mail_recipient_language (
    email    text primary key,
    language text not null check (language in ('en', 'vi'))
);

-- One-time portal invitations: only the SHA-256 of the token is stored.
create table mail_portal_invitation (
    id          bigserial primary key,
    customer_id bigint      not null,
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);
create index mail_portal_invitation_customer on mail_portal_invitation (customer_id);
