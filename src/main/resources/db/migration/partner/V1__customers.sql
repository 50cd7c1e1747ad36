-- Customers: companies, their contacts and individuals. The commercial entity of a contact is
-- its company (parent_id), of anyone else themselves.
create table customer (
    id                   bigserial primary key,
    version              bigint  not null default 0,
    name                 text    not null,
    is_company           boolean not null default false,
    parent_id            bigint  references customer (id),
    address_type         text    not null default 'CONTACT',
    email                text,
    phone                text,
    street               text,
    city                 text,
    zip                  text,
    country              text,
    active               boolean not null default true,
    portal_active        boolean not null default false,
    portal_password_hash text,
    created_at           timestamptz not null default now(),
    constraint customer_company_has_no_parent check (not (is_company and parent_id is not null))
);

create index customer_parent on customer (parent_id);
create index customer_name on customer (lower(name));
create unique index customer_portal_login on customer (lower(email)) where portal_active;
