-- Returns from a ticket: links of kind RETURN and DELIVERY (exchange), and the lots/serials the
-- wizard chose per return move (so a serial is never offered twice while a return is open).
alter table aftersales_link drop constraint aftersales_link_document_kind_check;
alter table aftersales_link add constraint aftersales_link_document_kind_check
    check (document_kind in ('CREDIT_NOTE', 'INVOICE', 'RETURN', 'DELIVERY'));

create table aftersales_return_lot (
    id                bigserial primary key,
    return_id         bigint not null,
    delivery_move_id  bigint not null,
    lot_id            bigint not null
);
create index aftersales_return_lot_move on aftersales_return_lot (delivery_move_id);
