-- The lots/serials chosen for a return live in inventory only (stock_move_planned_lot of the
-- return's moves). Returns made before inventory kept planned lots have them only here: copy those
-- onto the return move that brings back the delivery move, after the move's own planned lots, then
-- drop the copy. Inventory migrates before aftersales, so its table exists here.
insert into stock_move_planned_lot (move_id, position, lot_id)
select m.id,
       coalesce((select max(p.position) + 1 from stock_move_planned_lot p where p.move_id = m.id), 0)
           + row_number() over (partition by m.id order by r.id) - 1,
       r.lot_id
from aftersales_return_lot r
join stock_move m on m.transfer_id = r.return_id and m.return_of_move_id = r.delivery_move_id
where not exists (
    select 1 from stock_move_planned_lot p where p.move_id = m.id and p.lot_id = r.lot_id);

drop table aftersales_return_lot;
