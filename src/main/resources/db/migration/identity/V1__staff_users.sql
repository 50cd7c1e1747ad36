create table staff_user (
    id            bigserial primary key,
    version       bigint  not null default 0,
    login         text    not null unique,
    name          text    not null,
    email         text,
    password_hash text    not null,
    role          text    not null check (role in ('ADMIN', 'MANAGER', 'AGENT')),
    active        boolean not null default true,
    created_at    timestamptz not null default now()
);

-- Membership of helpdesk teams; the team id belongs to the helpdesk module (no foreign key
-- across modules).
create table staff_user_team (
    user_id bigint not null references staff_user (id) on delete cascade,
    team_id bigint not null,
    primary key (user_id, team_id)
);
create index staff_user_team_team on staff_user_team (team_id);

create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references staff_user (id) on delete cascade,
    name         text   not null,
    token_hash   text   not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
