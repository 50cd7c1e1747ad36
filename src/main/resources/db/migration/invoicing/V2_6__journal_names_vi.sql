-- Journals have a Vietnamese name next to the English one (null: the English name is shown); the
-- seeded journals get theirs.
alter table journal add column name_vi text;

update journal set name_vi = v.name_vi
from (values
    ('INV', 'Hóa đơn khách hàng'),
    ('BNK1', 'Ngân hàng'),
    ('CSH1', 'Tiền mặt'),
    ('MISC', 'Nghiệp vụ khác')) as v (code, name_vi)
where journal.code = v.code and journal.name_vi is null;
