package io.afterdesk.invoicing.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Many whole documents read with a fixed number of queries however many there are (the refund
 * dialog lists every posted invoice of a commercial entity). The reach is asked once per call and
 * applied in SQL. The views equal {@link InvoiceViews#view}'s.
 */
@Component
public class InvoiceSets {

  private static final String HEADER =
      "select i.id, i.version, i.kind, i.number, i.state, i.journal_id, j.code as journal_code,"
          + " i.customer_id, i.sales_order_id, i.origin_type, i.origin_id, i.reference,"
          + " i.invoice_date, i.due_date, i.reversed_invoice_id, r.number as reversed_number,"
          + " i.currency, i.amount_untaxed, i.amount_tax, i.amount_total, b.paid, b.credited,"
          + " i.posted_at, i.reference_key, i.reference_args"
          + " from invoice i join invoice_balance b on b.id = i.id"
          + " join journal j on j.id = i.journal_id"
          + " left join invoice r on r.id = i.reversed_invoice_id ";

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  InvoiceSets(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** The posted invoices (not credit notes) of these customers within reach, latest first. */
  public List<InvoiceView> postedInvoicesOf(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    StringBuilder where =
        new StringBuilder(
            "where i.kind = 'INVOICE' and i.state = 'POSTED' and i.customer_id in (:customers)");
    Map<String, Object> params = new HashMap<>();
    params.put("customers", List.copyOf(customerIds));
    reach.current().restrict(where, params, "i.customer_id", "i.id", Invoices.DOCUMENT_TYPE);
    List<Header> headers =
        jdbc.sql(HEADER + where + " order by i.invoice_date desc, i.id desc")
            .params(params)
            .query(InvoiceSets::header)
            .list();
    Map<Long, List<InvoiceLineView>> lines = linesOf(headers);
    return headers.stream().map(h -> h.view(lines.getOrDefault(h.id(), List.of()))).toList();
  }

  private Map<Long, List<InvoiceLineView>> linesOf(List<Header> headers) {
    Map<Long, List<InvoiceLineView>> lines = new HashMap<>();
    if (headers.isEmpty()) {
      return lines;
    }
    Map<Long, Currency> currencies = new HashMap<>();
    headers.forEach(h -> currencies.put(h.id(), h.currency()));
    jdbc.sql(
            "select id, invoice_id, product_id, description, quantity, unit_price, discount,"
                + " tax_rate, subtotal, tax, sales_order_line_id, credited_line_id"
                + " from invoice_line where invoice_id in (:ids) order by invoice_id, line_no")
        .param("ids", List.copyOf(currencies.keySet()))
        .query(
            rs -> {
              long invoice = rs.getLong("invoice_id");
              Currency currency = currencies.get(invoice);
              lines
                  .computeIfAbsent(invoice, k -> new ArrayList<>())
                  .add(
                      new InvoiceLineView(
                          rs.getLong("id"),
                          rs.getObject("product_id", Long.class),
                          rs.getString("description"),
                          rs.getBigDecimal("quantity"),
                          new Money(rs.getBigDecimal("unit_price"), currency),
                          rs.getBigDecimal("discount"),
                          rs.getBigDecimal("tax_rate"),
                          new Money(rs.getBigDecimal("subtotal"), currency),
                          new Money(rs.getBigDecimal("tax"), currency),
                          rs.getObject("sales_order_line_id", Long.class),
                          rs.getObject("credited_line_id", Long.class)));
            });
    return lines;
  }

  private static Header header(ResultSet rs, int row) throws SQLException {
    String originType = rs.getString("origin_type");
    Date due = rs.getDate("due_date");
    Timestamp posted = rs.getTimestamp("posted_at");
    Currency currency = Currency.getInstance(rs.getString("currency").trim());
    return new Header(
        rs.getLong("id"),
        rs.getLong("version"),
        InvoiceKind.valueOf(rs.getString("kind")),
        rs.getString("number"),
        InvoiceState.valueOf(rs.getString("state")),
        rs.getLong("journal_id"),
        rs.getString("journal_code"),
        rs.getLong("customer_id"),
        rs.getObject("sales_order_id", Long.class),
        originType == null ? null : new DocumentRef(originType, rs.getLong("origin_id")),
        rs.getString("reference"),
        rs.getDate("invoice_date").toLocalDate(),
        due == null ? null : due.toLocalDate(),
        rs.getObject("reversed_invoice_id", Long.class),
        rs.getString("reversed_number"),
        currency,
        new Money(rs.getBigDecimal("amount_untaxed"), currency),
        new Money(rs.getBigDecimal("amount_tax"), currency),
        new Money(rs.getBigDecimal("amount_total"), currency),
        rs.getBigDecimal("paid"),
        rs.getBigDecimal("credited"),
        posted == null ? null : posted.toInstant(),
        LocalizedText.ofColumns(rs.getString("reference_key"), rs.getString("reference_args")));
  }

  /** A document's row before its lines are read. */
  private record Header(
      long id,
      long version,
      InvoiceKind kind,
      @Nullable String number,
      InvoiceState state,
      long journalId,
      String journalCode,
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable DocumentRef origin,
      @Nullable String reference,
      LocalDate invoiceDate,
      @Nullable LocalDate dueDate,
      @Nullable Long reversedInvoiceId,
      @Nullable String reversedNumber,
      Currency currency,
      Money untaxed,
      Money tax,
      Money total,
      BigDecimal paid,
      BigDecimal credited,
      @Nullable Instant postedAt,
      @Nullable LocalizedText referenceText) {

    InvoiceView view(List<InvoiceLineView> lines) {
      BigDecimal amount = total.amount();
      return new InvoiceView(
          id,
          version,
          kind,
          number,
          state,
          InvoiceViews.paymentState(kind, state, amount, paid, credited),
          journalId,
          journalCode,
          customerId,
          salesOrderId,
          origin,
          reference,
          invoiceDate,
          dueDate,
          reversedInvoiceId,
          reversedNumber,
          List.copyOf(lines),
          untaxed,
          tax,
          total,
          new Money(paid, currency),
          new Money(credited, currency),
          new Money(InvoiceViews.residual(state, amount, paid, credited), currency),
          postedAt,
          referenceText);
    }
  }
}
