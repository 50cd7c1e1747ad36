-- Locations and operation types have a Vietnamese name next to the English one (null: the English
-- name is shown). The English name stays the key the application looks seeded locations up by.
alter table stock_location add column name_vi text;
alter table operation_type add column name_vi text;

update stock_location set name_vi = v.name_vi
from (values
    ('WH/Stock', 'WH/Tồn kho'),
    ('Partners/Customers', 'Đối tác/Khách hàng'),
    ('Partners/Vendors', 'Đối tác/Nhà cung cấp'),
    ('WH/Returns', 'WH/Hàng trả lại'),
    ('Virtual/Production', 'Ảo/Sản xuất'),
    ('Virtual/Scrap', 'Ảo/Phế liệu'),
    ('Virtual/Inventory adjustment', 'Ảo/Điều chỉnh tồn kho')) as v (name, name_vi)
where stock_location.name = v.name and stock_location.name_vi is null;

update operation_type set name_vi = v.name_vi
from (values
    ('RECEIPT', 'Nhập kho'),
    ('DELIVERY', 'Phiếu giao hàng'),
    ('RETURN', 'Trả hàng'),
    ('REPAIR', 'Sửa chữa')) as v (code, name_vi)
where operation_type.code = v.code and operation_type.name_vi is null;
