-- Inventory: one warehouse, its locations and operation types, transfers (receipts, deliveries,
-- returns) with their moves and move lines (lot/serial per line), stock on hand (quants) and
-- inventory adjustments. Products, lots and customers are ids of other modules (no foreign keys).

create table stock_location (
    id              bigserial primary key,
    name            text    not null unique,
    usage           text    not null check (usage in ('INTERNAL', 'CUSTOMER', 'SUPPLIER', 'PRODUCTION', 'SCRAP', 'INVENTORY')),
    return_location boolean not null default false,
    active          boolean not null default true
);

insert into stock_location (name, usage, return_location) values
    ('WH/Stock', 'INTERNAL', false),
    ('Partners/Customers', 'CUSTOMER', false),
    ('Partners/Vendors', 'SUPPLIER', false),
    ('WH/Returns', 'INTERNAL', true),
    ('Virtual/Production', 'PRODUCTION', false),
    ('Virtual/Scrap', 'SCRAP', false),
    ('Virtual/Inventory adjustment', 'INVENTORY', false);

-- Operation types: each numbers its transfers from its own gapless sequence (number_sequence).
create table operation_type (
    id                       bigserial primary key,
    code                     text not null unique check (code in ('RECEIPT', 'DELIVERY', 'RETURN', 'REPAIR')),
    name                     text not null,
    prefix                   text not null unique,
    sequence_name            text not null unique,
    default_source_id        bigint not null references stock_location (id),
    default_destination_id   bigint not null references stock_location (id)
);

insert into operation_type (code, name, prefix, sequence_name, default_source_id, default_destination_id)
select 'RECEIPT', 'Receipts', 'WH/IN/', 'inventory.receipt',
       (select id from stock_location where name = 'Partners/Vendors'),
       (select id from stock_location where name = 'WH/Stock')
union all
select 'DELIVERY', 'Delivery Orders', 'WH/OUT/', 'inventory.delivery',
       (select id from stock_location where name = 'WH/Stock'),
       (select id from stock_location where name = 'Partners/Customers')
union all
select 'RETURN', 'Returns', 'WH/RET/', 'inventory.return',
       (select id from stock_location where name = 'Partners/Customers'),
       (select id from stock_location where name = 'WH/Stock')
union all
select 'REPAIR', 'Repairs', 'WH/RO/', 'inventory.repair',
       (select id from stock_location where name = 'WH/Stock'),
       (select id from stock_location where name = 'Virtual/Production');

create table transfer (
    id                      bigserial primary key,
    version                 bigint      not null default 0,
    number                  text        not null unique,
    kind                    text        not null check (kind in ('RECEIPT', 'DELIVERY', 'RETURN')),
    state                   text        not null check (state in ('DRAFT', 'READY', 'DONE', 'CANCELLED')),
    customer_id             bigint,
    sales_order_id          bigint,
    origin                  text,
    origin_type             text,
    origin_id               bigint,
    source_location_id      bigint      not null references stock_location (id),
    destination_location_id bigint      not null references stock_location (id),
    scheduled_date          date        not null,
    done_at                 timestamptz,
    backorder_of_id         bigint references transfer (id),
    created_at              timestamptz not null default now(),
    constraint transfer_origin_ref check ((origin_type is null) = (origin_id is null)),
    constraint transfer_done_at check ((state = 'DONE') = (done_at is not null))
);
create index transfer_sales_order on transfer (sales_order_id);
create index transfer_customer on transfer (customer_id);
create index transfer_kind_state on transfer (kind, state);

-- A move of a product within a transfer: quantity planned, quantity done (set on validation).
create table stock_move (
    id                  bigserial primary key,
    transfer_id         bigint         not null references transfer (id),
    position            int            not null,
    product_id          bigint         not null,
    quantity            numeric(19, 4) not null check (quantity > 0),
    done_quantity       numeric(19, 4) not null default 0 check (done_quantity >= 0),
    sales_order_line_id bigint,
    return_of_move_id   bigint,
    constraint stock_move_done_within_plan check (done_quantity <= quantity)
);
create index stock_move_transfer on stock_move (transfer_id);
create index stock_move_return_of on stock_move (return_of_move_id);
create index stock_move_sales_order_line on stock_move (sales_order_line_id);

-- What was done of a move, per lot/serial (lot_id null for untracked products).
create table stock_move_line (
    move_id  bigint         not null references stock_move (id),
    position int            not null,
    lot_id   bigint,
    quantity numeric(19, 4) not null check (quantity > 0),
    primary key (move_id, position)
);
create index stock_move_line_lot on stock_move_line (lot_id);

-- Stock on hand per product, location and lot, kept in the same transaction as the moves that
-- change it; its rows are the locks that serialise concurrent validations of the same stock.
create table stock_quant (
    id          bigserial primary key,
    product_id  bigint         not null,
    location_id bigint         not null references stock_location (id),
    lot_id      bigint,
    quantity    numeric(19, 4) not null default 0,
    updated_at  timestamptz    not null default now(),
    constraint stock_quant_key unique nulls not distinct (product_id, location_id, lot_id)
);
create index stock_quant_location on stock_quant (location_id);

-- Inventory adjustments: the counted quantity set at an internal location; the difference is a
-- done move from or to Virtual/Inventory adjustment.
create table stock_adjustment (
    id                  bigserial primary key,
    product_id          bigint         not null,
    location_id         bigint         not null references stock_location (id),
    lot_id              bigint,
    counted_quantity    numeric(19, 4) not null check (counted_quantity >= 0),
    difference          numeric(19, 4) not null,
    done_at             timestamptz    not null default now(),
    done_by             text
);
create index stock_adjustment_product on stock_adjustment (product_id);
