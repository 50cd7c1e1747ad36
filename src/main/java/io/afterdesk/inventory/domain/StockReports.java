package io.afterdesk.inventory.domain;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.StockFilter;
import io.afterdesk.inventory.StockHistoryEntry;
import io.afterdesk.inventory.StockLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stock on hand page by page, and the movements that made it, each read with one query. */
@Component
public class StockReports {

  private final JdbcClient jdbc;
  private final LocationDirectory locations;

  StockReports(JdbcClient jdbc, LocationDirectory locations) {
    this.jdbc = jdbc;
    this.locations = locations;
  }

  /** See {@link io.afterdesk.inventory.Stock#page}. */
  public PageResponse<StockLine> page(
      StockFilter filter, PageQuery query, @Nullable List<Long> productIdsMatchingSearch) {
    if (productIdsMatchingSearch != null && productIdsMatchingSearch.isEmpty()) {
      return new PageResponse<>(List.of(), query.page(), query.size(), 0);
    }
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (productIdsMatchingSearch != null) {
      where.append(" and q.product_id in (:products)");
      params.put("products", productIdsMatchingSearch);
    }
    narrow(filter, where, params);
    String from = " from stock_quant q join stock_location l on l.id = q.location_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    List<StockLine> items =
        jdbc.sql(
                "select q.product_id, q.location_id, q.lot_id, q.quantity"
                    + from
                    + where
                    + " order by q.product_id, q.location_id, q.lot_id nulls first"
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(
                (rs, row) ->
                    new StockLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, Long.class),
                        rs.getBigDecimal(4)))
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  private static void narrow(StockFilter filter, StringBuilder where, Map<String, Object> params) {
    if (filter.productId() != null) {
      where.append(" and q.product_id = :product");
      params.put("product", filter.productId());
    }
    if (filter.locationId() != null) {
      where.append(" and q.location_id = :location");
      params.put("location", filter.locationId());
    }
    if (filter.lotId() != null) {
      where.append(" and q.lot_id = :lot");
      params.put("lot", filter.lotId());
    }
    if (filter.internalOnly()) {
      where.append(" and l.usage = 'INTERNAL'");
    }
    if (filter.positiveOnly()) {
      where.append(" and q.quantity <> 0");
    }
  }

  /** See {@link io.afterdesk.inventory.Stock#history}. */
  public List<StockHistoryEntry> history(long productId, int limit) {
    long virtual = locations.named(LocationDirectory.ADJUSTMENT).id();
    return jdbc.sql(
            "select t.done_at, t.id as transfer_id, t.number as reference, t.source_location_id,"
                + " t.destination_location_id, ml.lot_id, ml.quantity"
                + " from stock_move_line ml join stock_move m on m.id = ml.move_id"
                + " join transfer t on t.id = m.transfer_id"
                + " where t.state = 'DONE' and m.product_id = :p"
                + " union all"
                + " select a.done_at, null, 'ADJ/' || a.id,"
                + " case when a.difference >= 0 then :virtual else a.location_id end,"
                + " case when a.difference >= 0 then a.location_id else :virtual end,"
                + " a.lot_id, abs(a.difference)"
                + " from stock_adjustment a where a.product_id = :p and a.difference <> 0"
                + " order by 1 desc limit :limit")
        .param("p", productId)
        .param("virtual", virtual)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new StockHistoryEntry(
                    rs.getTimestamp(1).toInstant(),
                    rs.getObject(2, Long.class),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getObject(6, Long.class),
                    rs.getBigDecimal(7)))
        .list();
  }
}
