-- The address type of a contact is one of three; searching by email needs an index.
alter table customer
    add constraint customer_address_type check (address_type in ('CONTACT', 'INVOICE', 'DELIVERY'));
create index customer_email on customer (lower(email));
