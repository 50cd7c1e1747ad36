package io.afterdesk.invoicing.domain;

import org.springframework.data.repository.ListCrudRepository;

/** Stores invoices and credit notes with their lines. */
public interface InvoiceRepository extends ListCrudRepository<Invoice, Long> {}
