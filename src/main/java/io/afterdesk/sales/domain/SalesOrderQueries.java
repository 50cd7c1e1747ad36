package io.afterdesk.sales.domain;

import io.afterdesk.common.Money;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.sales.SalesOrderFilter;
import io.afterdesk.sales.SalesOrderRow;
import io.afterdesk.sales.SalesOrderState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sales order list (a read model on the order table, no lines). */
@Component
public class SalesOrderQueries {

  private static final String ROW =
      "select o.id, o.number, o.state, o.customer_id, o.order_date, o.salesperson_id, o.currency,"
          + " o.amount_untaxed, o.amount_tax, o.amount_total, o.to_invoice from sales_order o ";

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "o.id",
          "number", "o.number",
          "orderDate", "o.order_date",
          "state", "o.state",
          "total", "o.amount_total");

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  SalesOrderQueries(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** Whether the caller may read this order of this customer (see {@link DocumentReach}). */
  public boolean reaches(long orderId, long customerId) {
    return reach.current().sees("sales.order", orderId, customerId);
  }

  /**
   * One page of orders: search on the number (and the customers of {@code filter.customerIds()}),
   * filters state, to invoice, customer; sort by id, number, orderDate, state, total; newest first
   * by default. Only the orders within the caller's reach.
   */
  public PageResponse<SalesOrderRow> page(SalesOrderFilter filter, PageQuery query) {
    StringBuilder where = new StringBuilder("where true");
    Map<String, Object> params = new HashMap<>();
    if (query.likePattern() != null) {
      boolean byCustomer = filter.customerIds() != null && !filter.customerIds().isEmpty();
      where.append(
          " and (lower(o.number) like :q"
              + (byCustomer ? " or o.customer_id in (:customers)" : "")
              + ")");
      params.put("q", query.likePattern());
      if (byCustomer) {
        params.put("customers", filter.customerIds());
      }
    }
    if (filter.state() != null) {
      where.append(" and o.state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.toInvoice() != null) {
      where.append(" and o.to_invoice = :toInvoice");
      params.put("toInvoice", filter.toInvoice());
    }
    if (filter.customerId() != null) {
      where.append(" and o.customer_id = :customer");
      params.put("customer", filter.customerId());
    }
    reach.current().restrict(where, params, "o.customer_id", "o.id", "sales.order");
    long total =
        jdbc.sql("select count(*) from sales_order o " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<SalesOrderRow> items =
        jdbc.sql(
                ROW
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "o.order_date desc, o.id desc")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(SalesOrderQueries::row)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** The orders (any state) of any of these customers, newest first. */
  public List<SalesOrderRow> ofCustomers(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            ROW + " where o.customer_id in (:customers) order by o.order_date desc, o.id desc")
        .param("customers", customerIds)
        .query(SalesOrderQueries::row)
        .list();
  }

  /** The orders of these ids within the caller's reach (the others are left out), newest first. */
  public List<SalesOrderRow> rowsOf(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder("where o.id in (:ids)");
    Map<String, Object> params = new HashMap<>();
    params.put("ids", List.copyOf(orderIds));
    reach.current().restrict(where, params, "o.customer_id", "o.id", "sales.order");
    return jdbc.sql(ROW + where + " order by o.order_date desc, o.id desc")
        .params(params)
        .query(SalesOrderQueries::row)
        .list();
  }

  /** The products on the lines of the confirmed orders of any of these customers. */
  public List<Long> productIdsConfirmedFor(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select distinct l.product_id from sales_order_line l join sales_order o"
                + " on o.id = l.sales_order_id where o.state = 'SALE'"
                + " and o.customer_id in (:customers)")
        .param("customers", customerIds)
        .query(Long.class)
        .list();
  }

  /** Sets the "to invoice" flag of an order (kept out of the aggregate, so saves never undo it). */
  public void setToInvoice(long orderId, boolean toInvoice) {
    jdbc.sql("update sales_order set to_invoice = :flag where id = :id and to_invoice <> :flag")
        .param("flag", toInvoice)
        .param("id", orderId)
        .update();
  }

  /** Locks the order row until the transaction ends (confirm, cancel, invoice one at a time). */
  public boolean lock(long orderId) {
    return jdbc.sql("select id from sales_order where id = :id for update")
        .param("id", orderId)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  private static SalesOrderRow row(ResultSet rs, int row) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency").trim());
    return new SalesOrderRow(
        rs.getLong("id"),
        rs.getString("number"),
        SalesOrderState.valueOf(rs.getString("state")),
        rs.getLong("customer_id"),
        rs.getDate("order_date").toLocalDate(),
        rs.getObject("salesperson_id", Long.class),
        new Money(rs.getBigDecimal("amount_untaxed"), currency),
        new Money(rs.getBigDecimal("amount_tax"), currency),
        new Money(rs.getBigDecimal("amount_total"), currency),
        rs.getBoolean("to_invoice"));
  }
}
