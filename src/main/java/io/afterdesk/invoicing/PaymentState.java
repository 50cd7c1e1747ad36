package io.afterdesk.invoicing;

import java.math.BigDecimal;

/**
 * How much of a posted document is settled, derived from its matches: nothing matched is {@code
 * NOT_PAID}; some matched is {@code PARTIAL}; all matched is {@code PAID}, or {@code REVERSED} for
 * an invoice settled by credit notes alone (nothing paid). Drafts and cancelled documents are
 * {@code NOT_PAID}.
 */
public enum PaymentState {
  NOT_PAID,
  PARTIAL,
  PAID,
  REVERSED;

  /**
   * The payment state of a posted document.
   *
   * @param kind invoice or credit note (a credit note is never "reversed")
   * @param total the document's total
   * @param paid what payments matched on it
   * @param credited what credit notes matched on it (for a credit note: what it settled)
   */
  public static PaymentState derive(
      InvoiceKind kind, BigDecimal total, BigDecimal paid, BigDecimal credited) {
    BigDecimal matched = paid.add(credited);
    if (matched.signum() == 0) {
      return NOT_PAID;
    }
    if (matched.compareTo(total) < 0) {
      return PARTIAL;
    }
    return kind == InvoiceKind.INVOICE && paid.signum() == 0 ? REVERSED : PAID;
  }
}
