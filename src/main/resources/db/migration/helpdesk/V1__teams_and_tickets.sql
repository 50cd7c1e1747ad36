-- Helpdesk teams, their ordered stages, tags and tickets. Team members are stored by identity
-- (staff_user_team); customers, products, lots and sales orders are ids of other modules (no
-- foreign keys across modules).
create table helpdesk_team (
    id                       bigserial primary key,
    version                  bigint  not null default 0,
    name                     text    not null,
    refunds                  boolean not null default false,
    coupons                  boolean not null default false,
    returns                  boolean not null default false,
    repairs                  boolean not null default false,
    field_service            boolean not null default false,
    field_service_project_id bigint,
    created_at               timestamptz not null default now()
);
create unique index helpdesk_team_name on helpdesk_team (lower(name));

create sequence helpdesk_stage_id_seq;

-- Stages belong to the team aggregate, which rewrites them on save: the stage id is a plain
-- column given once from helpdesk_stage_id_seq, so it survives the rewrite.
create table helpdesk_stage (
    id       bigint  primary key,
    team_id  bigint  not null references helpdesk_team (id) on delete cascade,
    position int     not null,
    name     text    not null,
    closing  boolean not null default false,
    unique (team_id, position) deferrable initially deferred
);

create table helpdesk_tag (
    id   bigserial primary key,
    version bigint not null default 0,
    name text not null
);
create unique index helpdesk_tag_name on helpdesk_tag (lower(name));

create table helpdesk_ticket (
    id             bigserial primary key,
    version        bigint   not null default 0,
    reference      text     not null unique,
    subject        text     not null,
    description    text,
    team_id        bigint   not null references helpdesk_team (id),
    stage_id       bigint   not null references helpdesk_stage (id) deferrable initially deferred,
    assignee_id    bigint,
    priority       int      not null default 0 check (priority between 0 and 3),
    customer_id    bigint,
    customer_name  text,
    email          text,
    product_id     bigint,
    lot_id         bigint,
    sales_order_id bigint,
    created_by     bigint,
    created_at     timestamptz not null,
    closed_at      timestamptz
);
create index helpdesk_ticket_team on helpdesk_ticket (team_id, stage_id);
create index helpdesk_ticket_customer on helpdesk_ticket (customer_id);
create index helpdesk_ticket_assignee on helpdesk_ticket (assignee_id);

create table helpdesk_ticket_tag (
    ticket_id bigint not null references helpdesk_ticket (id) on delete cascade,
    tag_id    bigint not null references helpdesk_tag (id),
    primary key (ticket_id, tag_id)
);
