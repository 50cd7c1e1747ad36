-- The staff user who created a customer: an agent reads the customers they created before any
-- ticket of their teams names them.
alter table customer add column created_by bigint;
create index customer_created_by on customer (created_by) where created_by is not null;
