-- Internal references are unique whatever their case; prices and tax rates stay in range.
create unique index product_reference_ci on product (lower(reference));
alter table product
    add constraint product_prices_not_negative check (sales_price >= 0 and cost >= 0),
    add constraint product_tax_rate_percent check (tax_rate >= 0 and tax_rate <= 100);
