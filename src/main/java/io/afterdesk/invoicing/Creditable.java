package io.afterdesk.invoicing;

import io.afterdesk.common.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What invoicing still lets a credit note credit on an invoice — the caps it enforces when a credit
 * note is made, edited or posted: per invoice line the quantity left (never negative), and the
 * amount left of the invoice's total (taxes included). Cancelled credit notes do not count, drafts
 * do.
 */
public record Creditable(InvoiceId invoiceId, Map<Long, BigDecimal> quantities, Money amount) {

  public Creditable {
    quantities = Map.copyOf(quantities);
  }

  /** The quantity left to credit on one line of the invoice (zero for a line not on it). */
  public BigDecimal quantityLeft(long invoiceLineId) {
    return quantities.getOrDefault(invoiceLineId, BigDecimal.ZERO);
  }
}
