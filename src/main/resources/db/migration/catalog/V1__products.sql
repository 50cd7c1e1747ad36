create table product (
    id          bigserial primary key,
    version     bigint        not null default 0,
    name        text          not null,
    reference   text          unique,
    type        text          not null check (type in ('GOODS', 'SERVICE')),
    tracking    text          not null default 'NONE' check (tracking in ('NONE', 'LOT', 'SERIAL')),
    sales_price numeric(19, 4) not null default 0,
    cost        numeric(19, 4) not null default 0,
    currency    char(3)       not null,
    tax_rate    numeric(7, 4) not null default 0,
    sale_ok     boolean       not null default true,
    active      boolean       not null default true,
    description text,
    created_at  timestamptz   not null default now(),
    constraint product_service_untracked check (type = 'GOODS' or tracking = 'NONE')
);
create index product_name on product (lower(name));

-- Lots and serial numbers: a name is unique per product (a serial stands for one unit).
create table lot (
    id         bigserial primary key,
    product_id bigint      not null references product (id),
    name       text        not null,
    created_at timestamptz not null default now(),
    unique (product_id, name)
);
