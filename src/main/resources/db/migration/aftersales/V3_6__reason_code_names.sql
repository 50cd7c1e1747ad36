-- Reason codes have a Vietnamese name next to the English one (blank: the English name is shown),
-- and a name is unique per language regardless of case. Names that are already taken twice keep
-- the first one; the later ones get their code appended so the unique index can be built.
alter table aftersales_reason_code add column name_vi text;

update aftersales_reason_code set name_vi = v.name_vi
from (values
    ('DEFECTIVE', 'Bị lỗi'),
    ('DAMAGED_IN_TRANSIT', 'Hư hỏng khi vận chuyển'),
    ('WRONG_ITEM', 'Giao nhầm hàng'),
    ('NOT_AS_DESCRIBED', 'Không đúng mô tả'),
    ('LATE_DELIVERY', 'Giao hàng trễ'),
    ('GOODWILL', 'Thiện chí'),
    ('OTHER', 'Khác')) as v (code, name_vi)
where aftersales_reason_code.code = v.code and aftersales_reason_code.name_vi is null;

update aftersales_reason_code r set name = r.name || ' (' || r.code || ')'
where exists (select 1 from aftersales_reason_code o
              where lower(o.name) = lower(r.name) and o.id < r.id);

create unique index aftersales_reason_code_name on aftersales_reason_code (lower(name));
create unique index aftersales_reason_code_name_vi on aftersales_reason_code (lower(name_vi));
