package io.afterdesk.inventory.domain;

import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.Transfers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transfers as list rows (no moves), read with one query per page so that a list never loads
 * aggregates; the caller's reach narrows every page.
 */
@Component
public class TransferListing {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "t.id",
          "number", "t.number",
          "scheduledDate", "t.scheduled_date",
          "doneAt", "t.done_at",
          "state", "t.state");

  private static final String ROW_SELECT =
      "select t.id, t.number, t.kind, t.state, t.customer_id, t.sales_order_id, t.origin,"
          + " t.source_location_id, t.destination_location_id, t.scheduled_date, t.done_at,"
          + " t.backorder_of_id, t.origin_key, t.origin_args from transfer t";

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  TransferListing(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** See {@link Transfers#page}. */
  public PageResponse<TransferRow> page(
      TransferFilter filter, PageQuery query, List<Long> customerIdsMatchingSearch) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    search(query, customerIdsMatchingSearch, where, params);
    narrow(filter, where, params);
    reach.current().restrict(where, params, "t.customer_id", "t.id", Transfers.DOCUMENT_TYPE);
    long total =
        jdbc.sql("select count(*) from transfer t" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<TransferRow> items =
        jdbc.sql(
                ROW_SELECT
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "t.id desc")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(TransferListing::row)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** The transfers that are backorders of this one, oldest first. */
  public List<TransferRow> backordersOf(long transferId) {
    return jdbc.sql(ROW_SELECT + " where t.backorder_of_id = :id order by t.id")
        .param("id", transferId)
        .query(TransferListing::row)
        .list();
  }

  private static void search(
      PageQuery query,
      List<Long> customerIdsMatchingSearch,
      StringBuilder where,
      Map<String, Object> params) {
    if (query.likePattern() == null) {
      return;
    }
    where.append(
        " and (lower(t.number) like :q or lower(coalesce(t.origin, '')) like :q"
            + (customerIdsMatchingSearch.isEmpty() ? "" : " or t.customer_id in (:customers)")
            + ")");
    params.put("q", query.likePattern());
    if (!customerIdsMatchingSearch.isEmpty()) {
      params.put("customers", customerIdsMatchingSearch);
    }
  }

  private static void narrow(
      TransferFilter filter, StringBuilder where, Map<String, Object> params) {
    if (filter.kind() != null) {
      where.append(" and t.kind = :kind");
      params.put("kind", filter.kind().name());
    }
    if (filter.state() != null) {
      where.append(" and t.state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.customerId() != null) {
      where.append(" and t.customer_id = :customer");
      params.put("customer", filter.customerId());
    }
    if (filter.salesOrderId() != null) {
      where.append(" and t.sales_order_id = :order");
      params.put("order", filter.salesOrderId());
    }
  }

  private static TransferRow row(ResultSet rs, int row) throws SQLException {
    Timestamp doneAt = rs.getTimestamp("done_at");
    return new TransferRow(
        rs.getLong("id"),
        rs.getString("number"),
        TransferKind.valueOf(rs.getString("kind")),
        TransferState.valueOf(rs.getString("state")),
        rs.getObject("customer_id", Long.class),
        rs.getObject("sales_order_id", Long.class),
        rs.getString("origin"),
        rs.getLong("source_location_id"),
        rs.getLong("destination_location_id"),
        rs.getDate("scheduled_date").toLocalDate(),
        doneAt == null ? null : doneAt.toInstant(),
        rs.getObject("backorder_of_id", Long.class),
        LocalizedText.ofColumns(rs.getString("origin_key"), rs.getString("origin_args")));
  }
}
