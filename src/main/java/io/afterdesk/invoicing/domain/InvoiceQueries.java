package io.afterdesk.invoicing.domain;

import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of documents: one within the caller's reach, pages and lists of them. */
@Component
public class InvoiceQueries {

  private static final String ROW =
      "select i.id, i.kind, i.number, i.state, b.payment_state, i.journal_id, i.customer_id,"
          + " i.sales_order_id, i.reference, i.invoice_date, i.due_date, i.reversed_invoice_id,"
          + " i.currency, i.amount_untaxed, i.amount_tax, i.amount_total, b.residual,"
          + " i.reference_key, i.reference_args"
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
  private final InvoiceViews views;
  private final JdbcClient jdbc;
  private final DocumentReach reach;

  InvoiceQueries(
      InvoiceRepository invoices, InvoiceViews views, JdbcClient jdbc, DocumentReach reach) {
    this.invoices = invoices;
    this.views = views;
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** The document, when it is within the caller's reach (see {@link DocumentReach}). */
  public Optional<InvoiceView> find(long id) {
    return invoices.findById(id).filter(i -> reaches(i.id(), i.customerId())).map(views::view);
  }

  /** Whether the caller may read this document of this customer. */
  public boolean reaches(long invoiceId, long customerId) {
    return reach.current().sees(Invoices.DOCUMENT_TYPE, invoiceId, customerId);
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
    reach.current().restrict(where, params, "i.customer_id", "i.id", Invoices.DOCUMENT_TYPE);
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
        new Money(rs.getBigDecimal("residual"), currency),
        LocalizedText.ofColumns(rs.getString("reference_key"), rs.getString("reference_args")));
  }
}
