package io.afterdesk.invoicing;

import io.afterdesk.common.BusinessRuleException;

/**
 * A credit note would credit more than is left on its invoice (a line's quantity or the invoice's
 * total): "Refund exceeds what is left to credit on <number> (<left>)". Typed, so that a caller in
 * another module tells it from other refusals without comparing message keys.
 */
public class RefundExceedsInvoice extends BusinessRuleException {

  private final InvoiceId invoiceId;
  private final String left;

  /**
   * @param number the invoice's number as the message names it
   * @param left what is left, as the message shows it (a quantity, or an amount with its currency)
   */
  public RefundExceedsInvoice(InvoiceId invoiceId, String number, String left) {
    super("invoicing.credit-note.exceeds", number, left);
    this.invoiceId = invoiceId;
    this.left = left;
  }

  public InvoiceId invoiceId() {
    return invoiceId;
  }

  public String left() {
    return left;
  }
}
