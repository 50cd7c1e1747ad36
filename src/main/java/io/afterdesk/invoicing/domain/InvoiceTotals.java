package io.afterdesk.invoicing.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a document, stored with it: the sums of its rounded line amounts, so the lines
 * always add up to the totals printed.
 */
public record InvoiceTotals(
    BigDecimal amountUntaxed, BigDecimal amountTax, BigDecimal amountTotal) {

  static InvoiceTotals of(List<InvoiceLine> lines) {
    BigDecimal untaxed = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (InvoiceLine line : lines) {
      untaxed = untaxed.add(line.subtotal());
      tax = tax.add(line.tax());
    }
    return new InvoiceTotals(untaxed, tax, untaxed.add(tax));
  }
}
