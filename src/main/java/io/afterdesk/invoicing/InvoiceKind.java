package io.afterdesk.invoicing;

/** What a document is: an invoice to a customer, or a credit note that reverses (part of) one. */
public enum InvoiceKind {
  INVOICE,
  CREDIT_NOTE
}
