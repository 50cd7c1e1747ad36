package io.afterdesk.aftersales;

/** The kinds of documents an after-sales action makes from a ticket. */
public enum DocumentKind {
  CREDIT_NOTE,
  INVOICE,
  RETURN,
  DELIVERY
}
