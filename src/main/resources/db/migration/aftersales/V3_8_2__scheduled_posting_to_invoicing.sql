-- Invoicing now posts scheduled credit notes; the schedule moves there with its history.
insert into invoicing_scheduled_posting (credit_note_id, post_on, done_at, outcome)
select credit_note_id, post_on, done_at, outcome from aftersales_scheduled_posting
on conflict (credit_note_id) do nothing;
drop table aftersales_scheduled_posting;
