-- Quotations and sales orders (SPEC §1). The number is given when the quotation is created;
-- totals are stored (recomputed by the aggregate) for lists. customer_id, salesperson_id,
-- product_id point into other modules: no foreign keys across modules.
create table sales_order (
    id             bigserial primary key,
    version        bigint         not null default 0,
    number         text           not null unique,
    state          text           not null check (state in ('QUOTATION', 'SALE', 'CANCELLED')),
    customer_id    bigint         not null,
    order_date     date           not null,
    salesperson_id bigint,
    currency       char(3)        not null,
    amount_untaxed numeric(19, 4) not null default 0,
    amount_tax     numeric(19, 4) not null default 0,
    amount_total   numeric(19, 4) not null default 0,
    -- Whether something delivered (goods) or ordered (services) is not invoiced yet; kept by
    -- sales when its orders, their deliveries or their invoices change (the list's filter).
    to_invoice     boolean        not null default false,
    created_at     timestamptz    not null default now(),
    confirmed_at   timestamptz
);
create index sales_order_customer on sales_order (customer_id);
create index sales_order_state on sales_order (state);
create index sales_order_to_invoice on sales_order (to_invoice) where to_invoice;

-- Lines of an order. Ids stay the same when the aggregate is saved again (Spring Data JDBC
-- re-inserts them with their id): deliveries and invoices refer to them.
create table sales_order_line (
    id             bigserial primary key,
    sales_order_id bigint         not null references sales_order (id) on delete cascade,
    line_no        int            not null,
    product_id     bigint         not null,
    product_type   text           not null check (product_type in ('GOODS', 'SERVICE')),
    description    text           not null,
    quantity       numeric(19, 4) not null check (quantity > 0),
    unit_price     numeric(19, 4) not null check (unit_price >= 0),
    discount       numeric(7, 4)  not null default 0 check (discount between 0 and 100),
    tax_rate       numeric(7, 4)  not null default 0 check (tax_rate between 0 and 100),
    subtotal       numeric(19, 4) not null,
    tax            numeric(19, 4) not null,
    unique (sales_order_id, line_no)
);
create index sales_order_line_product on sales_order_line (product_id);
