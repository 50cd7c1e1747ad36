package io.afterdesk.invoicing.domain;

import io.afterdesk.common.Money;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.Creditable;
import io.afterdesk.invoicing.InvoiceId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The refund caps of an invoice, computed once for both their users: {@link LineFactory} refuses a
 * credit note past them, and {@link #creditable} answers what is left for callers (the refund
 * wizard) to offer.
 */
@Component
public class CreditCaps {

  private final Ledger ledger;
  private final InvoiceRepository invoices;
  private final InvoiceQueries queries;

  CreditCaps(Ledger ledger, InvoiceRepository invoices, InvoiceQueries queries) {
    this.ledger = ledger;
    this.invoices = invoices;
    this.queries = queries;
  }

  /** What is left to credit on one line, given what its credit notes already credit. */
  static BigDecimal lineLeft(BigDecimal invoiced, BigDecimal credited) {
    return invoiced.subtract(credited).max(BigDecimal.ZERO);
  }

  /** What is left of an invoice's total, given the total its credit notes already credit. */
  static BigDecimal amountLeft(BigDecimal total, BigDecimal credited) {
    return total.subtract(credited).max(BigDecimal.ZERO);
  }

  /** The caps of an invoice within the caller's reach (404 otherwise). */
  public Creditable creditable(InvoiceId id) {
    return creditable(
        invoices
            .findById(id.value())
            .filter(i -> queries.reaches(i.id(), i.customerId()))
            .orElseThrow(() -> new NotFoundException("Invoice", id.value())));
  }

  /** The caps of an invoice, counting every non-cancelled credit note of it. */
  Creditable creditable(Invoice invoice) {
    Map<Long, BigDecimal> credited = ledger.creditedQuantities(invoice.id());
    Map<Long, BigDecimal> left = new LinkedHashMap<>();
    for (InvoiceLine line : invoice.lines()) {
      left.put(
          line.id(), lineLeft(line.quantity(), credited.getOrDefault(line.id(), BigDecimal.ZERO)));
    }
    BigDecimal amount =
        amountLeft(invoice.total().amount(), ledger.creditedAmount(invoice.id(), -1));
    return new Creditable(
        InvoiceId.of(invoice.id()), left, new Money(amount, invoice.currency()).rounded());
  }
}
