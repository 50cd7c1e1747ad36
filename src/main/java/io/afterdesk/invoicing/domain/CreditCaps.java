package io.afterdesk.invoicing.domain;

import io.afterdesk.common.Money;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.invoicing.Creditable;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.Invoices;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refund caps of an invoice, computed once for both their users: {@link LineFactory} refuses a
 * credit note past them, and {@link #creditable} answers what is left for callers (the refund
 * wizard) to offer, for one invoice or, read with a fixed number of queries, for many.
 */
@Component
public class CreditCaps {

  private final Ledger ledger;
  private final InvoiceRepository invoices;
  private final InvoiceQueries queries;
  private final JdbcClient jdbc;
  private final DocumentReach reach;

  CreditCaps(
      Ledger ledger,
      InvoiceRepository invoices,
      InvoiceQueries queries,
      JdbcClient jdbc,
      DocumentReach reach) {
    this.ledger = ledger;
    this.invoices = invoices;
    this.queries = queries;
    this.jdbc = jdbc;
    this.reach = reach;
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

  /**
   * The caps of each of these invoices within reach (the others are absent): per line the quantity
   * left, and the amount left of the total, counting every non-cancelled credit note.
   */
  public Map<InvoiceId, Creditable> creditable(Collection<InvoiceId> invoiceIds) {
    Map<InvoiceId, Creditable> caps = new LinkedHashMap<>();
    if (invoiceIds.isEmpty()) {
      return caps;
    }
    List<Long> ids = invoiceIds.stream().map(InvoiceId::value).distinct().toList();
    StringBuilder where = new StringBuilder("where i.id in (:ids)");
    Map<String, Object> params = new HashMap<>();
    params.put("ids", ids);
    reach.current().restrict(where, params, "i.customer_id", "i.id", Invoices.DOCUMENT_TYPE);
    Map<Long, Money> totals = new LinkedHashMap<>();
    Map<Long, Map<Long, BigDecimal>> quantities = new HashMap<>();
    jdbc.sql(
            "select i.id, i.amount_total, i.currency, l.id, l.quantity from invoice i"
                + " left join invoice_line l on l.invoice_id = i.id "
                + where
                + " order by i.id, l.line_no")
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong(1);
              Money total =
                  new Money(rs.getBigDecimal(2), Currency.getInstance(rs.getString(3).trim()));
              totals.putIfAbsent(id, total);
              Map<Long, BigDecimal> lines =
                  quantities.computeIfAbsent(id, k -> new LinkedHashMap<>());
              long line = rs.getLong(4);
              if (!rs.wasNull()) {
                lines.put(line, rs.getBigDecimal(5));
              }
            });
    if (totals.isEmpty()) {
      return caps;
    }
    Map<Long, BigDecimal> credited = ledger.creditedQuantities(totals.keySet(), -1);
    Map<Long, BigDecimal> creditedAmounts = ledger.creditedAmounts(totals.keySet(), -1);
    totals.forEach(
        (id, total) -> {
          Map<Long, BigDecimal> left = new LinkedHashMap<>();
          quantities
              .get(id)
              .forEach(
                  (line, quantity) ->
                      left.put(
                          line, lineLeft(quantity, credited.getOrDefault(line, BigDecimal.ZERO))));
          BigDecimal amount =
              amountLeft(total.amount(), creditedAmounts.getOrDefault(id, BigDecimal.ZERO));
          caps.put(
              InvoiceId.of(id),
              new Creditable(
                  InvoiceId.of(id), left, new Money(amount, total.currency()).rounded()));
        });
    return caps;
  }
}
