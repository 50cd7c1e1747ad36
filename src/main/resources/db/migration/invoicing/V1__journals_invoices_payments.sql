-- Journals: where invoices, credit notes and payments are recorded (SPEC §1).
create table journal (
    id     bigserial primary key,
    code   text    not null unique,
    name   text    not null,
    type   text    not null check (type in ('SALE', 'BANK', 'CASH', 'GENERAL')),
    active boolean not null default true
);
insert into journal (code, name, type) values
    ('INV', 'Customer Invoices', 'SALE'),
    ('BNK1', 'Bank', 'BANK'),
    ('CSH1', 'Cash', 'CASH'),
    ('MISC', 'Miscellaneous', 'GENERAL');

-- Invoices and credit notes: one document with a kind. The number is given at posting and kept
-- when a posted document is cancelled; totals are stored (recomputed by the aggregate) for lists.
create table invoice (
    id                  bigserial primary key,
    version             bigint         not null default 0,
    kind                text           not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    number              text,
    state               text           not null check (state in ('DRAFT', 'POSTED', 'CANCELLED')),
    journal_id          bigint         not null references journal (id),
    customer_id         bigint         not null,
    sales_order_id      bigint,
    origin_type         text,
    origin_id           bigint,
    reference           text,
    invoice_date        date           not null,
    due_date            date,
    reversed_invoice_id bigint references invoice (id),
    currency            char(3)        not null,
    amount_untaxed      numeric(19, 4) not null default 0,
    amount_tax          numeric(19, 4) not null default 0,
    amount_total        numeric(19, 4) not null default 0,
    created_at          timestamptz    not null default now(),
    posted_at           timestamptz,
    constraint invoice_number_when_posted check (state <> 'POSTED' or number is not null),
    constraint invoice_reversal_of_credit_note check (kind = 'CREDIT_NOTE' or reversed_invoice_id is null),
    unique (journal_id, number)
);
create index invoice_customer on invoice (customer_id);
create index invoice_sales_order on invoice (sales_order_id);
create index invoice_reversed on invoice (reversed_invoice_id);

-- Lines of a document. Ids stay the same when the aggregate is saved again (Spring Data JDBC
-- re-inserts them with their id), so credited_line_id has no foreign key: the row is briefly
-- absent while its document is saved.
create table invoice_line (
    id                  bigserial primary key,
    invoice_id          bigint         not null references invoice (id) on delete cascade,
    line_no             int            not null,
    product_id          bigint,
    description         text           not null,
    quantity            numeric(19, 4) not null,
    unit_price          numeric(19, 4) not null,
    discount            numeric(7, 4)  not null default 0,
    tax_rate            numeric(7, 4)  not null default 0,
    subtotal            numeric(19, 4) not null,
    tax                 numeric(19, 4) not null,
    sales_order_line_id bigint,
    credited_line_id    bigint,
    unique (invoice_id, line_no)
);
create index invoice_line_sales_order_line on invoice_line (sales_order_line_id);
create index invoice_line_credited on invoice_line (credited_line_id);

-- Payments received from customers into a bank or cash journal.
create table payment (
    id           bigserial primary key,
    journal_id   bigint         not null references journal (id),
    customer_id  bigint         not null,
    amount       numeric(19, 4) not null check (amount > 0),
    currency     char(3)        not null,
    payment_date date           not null,
    created_at   timestamptz    not null default now()
);
create index payment_customer on payment (customer_id);

-- What is matched against an invoice: part of a payment, or part of a posted credit note.
-- residual = total - sum(amount) of its matches.
create table invoice_match (
    id             bigserial primary key,
    invoice_id     bigint         not null references invoice (id),
    payment_id     bigint references payment (id),
    credit_note_id bigint references invoice (id),
    amount         numeric(19, 4) not null check (amount > 0),
    created_at     timestamptz    not null default now(),
    constraint invoice_match_one_source check ((payment_id is null) <> (credit_note_id is null))
);
create index invoice_match_invoice on invoice_match (invoice_id);
create index invoice_match_payment on invoice_match (payment_id);
create index invoice_match_credit_note on invoice_match (credit_note_id);

-- Paid, credited and residual amounts of every document, for lists and filters (a draft's
-- residual is its total, a cancelled document's is zero). The payment
-- state follows PaymentState.derive: nothing matched = NOT_PAID, all matched by credit notes
-- only = REVERSED, all matched otherwise = PAID, some matched = PARTIAL. For a credit note,
-- "matched" is what it settled on the invoice it reverses.
create view invoice_balance as
select i.id,
       coalesce(paid.amount, 0)     as paid,
       coalesce(credited.amount, 0) as credited,
       case
           when i.state = 'CANCELLED' then 0
           else greatest(i.amount_total - coalesce(paid.amount, 0) - coalesce(credited.amount, 0), 0)
       end as residual,
       case
           when i.state <> 'POSTED' then 'NOT_PAID'
           when coalesce(paid.amount, 0) + coalesce(credited.amount, 0) = 0 then 'NOT_PAID'
           when coalesce(paid.amount, 0) + coalesce(credited.amount, 0) < i.amount_total then 'PARTIAL'
           when coalesce(paid.amount, 0) = 0 and coalesce(credited.amount, 0) > 0 and i.kind = 'INVOICE' then 'REVERSED'
           else 'PAID'
       end as payment_state
from invoice i
left join (
    select m.invoice_id as id, sum(m.amount) as amount from invoice_match m
    where m.payment_id is not null group by m.invoice_id
) paid on paid.id = i.id
left join (
    select m.invoice_id as id, sum(m.amount) as amount from invoice_match m
    where m.credit_note_id is not null group by m.invoice_id
    union all
    select m.credit_note_id as id, sum(m.amount) as amount from invoice_match m
    where m.credit_note_id is not null group by m.credit_note_id
) credited on credited.id = i.id;
