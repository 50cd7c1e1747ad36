-- Stages and tags have a Vietnamese name next to the English one (null: the English name is shown). The
-- stages every team starts with (New, In Progress, Solved, Cancelled) get theirs.
alter table helpdesk_stage add column name_vi text;

update helpdesk_stage set name_vi = v.name_vi
from (values
    ('New', 'Mới'),
    ('In Progress', 'Đang xử lý'),
    ('Solved', 'Đã giải quyết'),
    ('Cancelled', 'Đã hủy')) as v (name, name_vi)
where helpdesk_stage.name = v.name and helpdesk_stage.name_vi is null;

alter table helpdesk_tag add column name_vi text;
