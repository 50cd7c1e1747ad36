-- Idempotency keys of after-sales actions are per caller (as the API's): the same key sent by two
-- users names two actions. Keys stored before have no known caller (0) and are never replayed.
alter table aftersales_idempotency add column caller_id bigint not null default 0;
alter table aftersales_idempotency alter column caller_id drop default;
alter table aftersales_idempotency drop constraint aftersales_idempotency_pkey;
alter table aftersales_idempotency add primary key (caller_id, idempotency_key);
