package io.afterdesk.invoicing.domain;

import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.PaymentState;
import io.afterdesk.invoicing.PaymentView;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side: one document with its settlement, lists of documents and of payments. */
@Component
public class InvoiceQueries {

  private static final String DOCUMENT_TYPE = "invoicing.invoice";

  private static final String ROW =
      "select i.id, i.kind, i.number, i.state, b.payment_state, i.journal_id, i.customer_id,"
          + " i.sales_order_id, i.reference, i.invoice_date, i.due_date, i.reversed_invoice_id,"
          + " i.currency, i.amount_untaxed, i.amount_tax, i.amount_total, b.residual"
          + " from invoice i join invoice_balance b on b.id = i.id ";

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "i.id",
          "number", "i.number",
          "invoiceDate", "i.invoice_date",
          "dueDate", "i.due_date",
          "total", "i.amount_total",
          "residual", "b.residual",
          "state", "i.state");

  private final InvoiceRepository invoices;
  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final DocumentReach reach;

  InvoiceQueries(InvoiceRepository invoices, Ledger ledger, JdbcClient jdbc, DocumentReach reach) {
    this.invoices = invoices;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** The document, when it is within the caller's reach (see {@link DocumentReach}). */
  public Optional<InvoiceView> find(long id) {
    return invoices.findById(id).filter(i -> reaches(i.id(), i.customerId())).map(this::view);
  }

  /** Whether the caller may read this document of this customer. */
  public boolean reaches(long invoiceId, long customerId) {
    return reach.current().sees(DOCUMENT_TYPE, invoiceId, customerId);
  }

  public InvoiceView view(Invoice invoice) {
    Currency currency = invoice.currency();
    long id = invoice.id();
    BigDecimal paid = ledger.paidOn(id);
    BigDecimal credited =
        invoice.kind() == InvoiceKind.CREDIT_NOTE ? ledger.settledBy(id) : ledger.creditedOn(id);
    BigDecimal total = invoice.total().amount();
    BigDecimal residual =
        invoice.state() == InvoiceState.CANCELLED
            ? BigDecimal.ZERO
            : total.subtract(paid).subtract(credited).max(BigDecimal.ZERO);
    PaymentState paymentState =
        invoice.state() == InvoiceState.POSTED
            ? PaymentState.derive(invoice.kind(), total, paid, credited)
            : PaymentState.NOT_PAID;
    Long reversedId = invoice.reversedInvoiceId();
    String reversedNumber =
        reversedId == null
            ? null
            : jdbc.sql("select number from invoice where id = :id")
                .param("id", reversedId)
                .query(String.class)
                .optional()
                .orElse(null);
    List<InvoiceLineView> lines =
        invoice.lines().stream()
            .map(
                l ->
                    new InvoiceLineView(
                        l.id() == null ? 0 : l.id(),
                        l.productId(),
                        l.description(),
                        l.quantity(),
                        new Money(l.unitPrice(), currency),
                        l.discount(),
                        l.taxRate(),
                        new Money(l.subtotal(), currency),
                        new Money(l.tax(), currency),
                        l.salesOrderLineId(),
                        l.creditedLineId()))
            .toList();
    return new InvoiceView(
        id,
        invoice.version() == null ? 0 : invoice.version(),
        invoice.kind(),
        invoice.number(),
        invoice.state(),
        paymentState,
        invoice.journalId(),
        ledger.journal(invoice.journalId()).code(),
        invoice.customerId(),
        invoice.salesOrderId(),
        invoice.origin(),
        invoice.reference(),
        invoice.invoiceDate(),
        invoice.dueDate(),
        reversedId,
        reversedNumber,
        lines,
        invoice.untaxed(),
        invoice.tax(),
        invoice.total(),
        new Money(paid, currency),
        new Money(credited, currency),
        new Money(residual, currency),
        invoice.postedAt());
  }

  /**
   * One page of documents: search on number and reference (and, through {@code
   * filter.customerIds()}, on customer names found by the caller); sort by id, number, invoiceDate,
   * dueDate, total, residual, state; newest first by default.
   */
  public PageResponse<InvoiceRow> page(InvoiceFilter filter, PageQuery query) {
    StringBuilder where = new StringBuilder("where true");
    Map<String, Object> params = new HashMap<>();
    if (query.likePattern() != null) {
      where.append(
          " and (lower(coalesce(i.number, '')) like :q or lower(coalesce(i.reference, '')) like :q");
      if (filter.customerIds() != null && !filter.customerIds().isEmpty()) {
        where.append(" or i.customer_id in (:customers)");
        params.put("customers", filter.customerIds());
      }
      where.append(")");
      params.put("q", query.likePattern());
    }
    if (filter.kind() != null) {
      where.append(" and i.kind = :kind");
      params.put("kind", filter.kind().name());
    }
    if (filter.state() != null) {
      where.append(" and i.state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.paymentState() != null) {
      where.append(" and b.payment_state = :paymentState");
      params.put("paymentState", filter.paymentState().name());
    }
    if (filter.customerId() != null) {
      where.append(" and i.customer_id = :customer");
      params.put("customer", filter.customerId());
    }
    if (filter.salesOrderId() != null) {
      where.append(" and i.sales_order_id = :order");
      params.put("order", filter.salesOrderId());
    }
    reach.current().restrict(where, params, "i.customer_id", "i.id", DOCUMENT_TYPE);
    long total =
        jdbc.sql("select count(*) from invoice i join invoice_balance b on b.id = i.id " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<InvoiceRow> items =
        jdbc.sql(
                ROW
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "i.invoice_date desc, i.id desc")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(InvoiceQueries::row)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** The documents of a sales order, invoices and credit notes, oldest first. */
  public List<InvoiceRow> ofSalesOrder(long salesOrderId) {
    return jdbc.sql(ROW + "where i.sales_order_id = :order order by i.id")
        .param("order", salesOrderId)
        .query(InvoiceQueries::row)
        .list();
  }

  /** The credit notes reversing an invoice (cancelled ones included), oldest first. */
  public List<InvoiceRow> creditNotesOf(long invoiceId) {
    return jdbc.sql(ROW + "where i.reversed_invoice_id = :id order by i.id")
        .param("id", invoiceId)
        .query(InvoiceQueries::row)
        .list();
  }

  /** One page of payments, newest first; search on the number of the invoice paid. */
  public PageResponse<PaymentView> payments(
      @Nullable Long customerId, @Nullable Long invoiceId, PageQuery query) {
    return payments(customerId, invoiceId, null, query);
  }

  public Optional<PaymentView> findPayment(long paymentId) {
    return payments(null, null, paymentId, new PageQuery(0, 1, null, null)).items().stream()
        .findFirst();
  }

  private PageResponse<PaymentView> payments(
      @Nullable Long customerId,
      @Nullable Long invoiceId,
      @Nullable Long paymentId,
      PageQuery query) {
    StringBuilder where = new StringBuilder("where true");
    Map<String, Object> params = new HashMap<>();
    if (paymentId != null) {
      where.append(" and p.id = :payment");
      params.put("payment", paymentId);
    }
    if (customerId != null) {
      where.append(" and p.customer_id = :customer");
      params.put("customer", customerId);
    }
    if (invoiceId != null) {
      where.append(" and m.invoice_id = :invoice");
      params.put("invoice", invoiceId);
    }
    if (query.likePattern() != null) {
      where.append(" and lower(coalesce(i.number, '')) like :q");
      params.put("q", query.likePattern());
    }
    reach.current().restrict(where, params, "p.customer_id", "m.invoice_id", DOCUMENT_TYPE);
    String from =
        " from payment p join journal j on j.id = p.journal_id"
            + " left join invoice_match m on m.payment_id = p.id"
            + " left join invoice i on i.id = m.invoice_id ";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    List<PaymentView> items =
        jdbc.sql(
                "select p.id, p.journal_id, j.code, p.customer_id, p.amount, p.currency,"
                    + " p.payment_date, m.invoice_id, i.number"
                    + from
                    + where
                    + " order by p.payment_date desc, p.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(
                (rs, n) ->
                    new PaymentView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        new Money(
                            rs.getBigDecimal(5), Currency.getInstance(rs.getString(6).trim())),
                        rs.getDate(7).toLocalDate(),
                        rs.getObject(8, Long.class),
                        rs.getString(9)))
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  private static InvoiceRow row(ResultSet rs, int n) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency").trim());
    Date due = rs.getDate("due_date");
    return new InvoiceRow(
        rs.getLong("id"),
        InvoiceKind.valueOf(rs.getString("kind")),
        rs.getString("number"),
        InvoiceState.valueOf(rs.getString("state")),
        PaymentState.valueOf(rs.getString("payment_state")),
        rs.getLong("journal_id"),
        rs.getLong("customer_id"),
        rs.getObject("sales_order_id", Long.class),
        rs.getString("reference"),
        rs.getDate("invoice_date").toLocalDate(),
        due == null ? null : due.toLocalDate(),
        rs.getObject("reversed_invoice_id", Long.class),
        new Money(rs.getBigDecimal("amount_untaxed"), currency),
        new Money(rs.getBigDecimal("amount_tax"), currency),
        new Money(rs.getBigDecimal("amount_total"), currency),
        new Money(rs.getBigDecimal("residual"), currency));
  }
}
