-- The lots/serials planned for a move before it is done (e.g. the serials a customer sends back,
-- chosen when the return is created); validation without lots uses them, other lots are refused.
create table stock_move_planned_lot (
    move_id  bigint not null references stock_move (id),
    position int    not null,
    lot_id   bigint not null,
    primary key (move_id, position)
);
create index stock_move_planned_lot_lot on stock_move_planned_lot (lot_id);
