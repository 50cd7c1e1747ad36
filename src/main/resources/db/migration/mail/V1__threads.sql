-- Threads on any document of any module, addressed by (document_type, document_id).
create table mail_message (
    id                 bigserial primary key,
    document_type      text        not null,
    document_id        bigint      not null,
    kind               text        not null check (kind in ('MESSAGE', 'NOTE', 'TRACKING', 'SYSTEM')),
    body               text        not null,
    author_user_id     bigint,
    author_customer_id bigint,
    author_name        text        not null,
    link_label         text,
    link_url           text,
    created_at         timestamptz not null
);
create index mail_message_document on mail_message (document_type, document_id, created_at desc);

create table mail_tracking_value (
    id         bigserial primary key,
    message_id bigint not null references mail_message (id) on delete cascade,
    field      text   not null,
    old_value  text,
    new_value  text
);
create index mail_tracking_value_message on mail_tracking_value (message_id);

create table mail_follower (
    id            bigserial primary key,
    document_type text   not null,
    document_id   bigint not null,
    customer_id   bigint,
    user_id       bigint,
    name          text   not null,
    email         text,
    constraint mail_follower_is_someone check ((customer_id is null) <> (user_id is null))
);
create unique index mail_follower_customer on mail_follower (document_type, document_id, customer_id)
    where customer_id is not null;
create unique index mail_follower_user on mail_follower (document_type, document_id, user_id)
    where user_id is not null;
