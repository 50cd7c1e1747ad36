package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;

/**
 * An invoice's or credit note's id, typed so that it is not mixed up with a ticket's or a line's.
 */
public record InvoiceId(long value) {

  public static InvoiceId of(long value) {
    return new InvoiceId(value);
  }

  public DocumentRef ref() {
    return new DocumentRef(Invoices.DOCUMENT_TYPE, value);
  }
}
