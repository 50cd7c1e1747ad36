package io.afterdesk.invoicing;

/** Sale journals hold invoices and credit notes; bank and cash journals hold payments. */
public enum JournalType {
  SALE,
  BANK,
  CASH,
  GENERAL;

  /** Whether payments can be recorded in a journal of this type. */
  public boolean takesPayments() {
    return this == BANK || this == CASH;
  }
}
