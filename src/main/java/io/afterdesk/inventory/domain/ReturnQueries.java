package io.afterdesk.inventory.domain;

import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.inventory.DoneDelivery;
import io.afterdesk.inventory.Transfers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What returns have taken of deliveries, answered with one query each so a return dialog asks the
 * same number of questions however many deliveries and returns a customer has.
 */
@Service
@Transactional(readOnly = true)
public class ReturnQueries {

  /**
   * The lots/serials of a delivery move that are coming back: done on a done return, or planned on
   * a return that is neither done nor cancelled.
   */
  private static final String TAKEN_LOTS =
      "select m.return_of_move_id, coalesce(l.lot_id, p.lot_id) from stock_move m"
          + " join transfer t on t.id = m.transfer_id"
          + " left join stock_move_line l on l.move_id = m.id and t.state = 'DONE'"
          + " left join stock_move_planned_lot p on p.move_id = m.id and t.state <> 'DONE'"
          + " where t.kind = 'RETURN' and t.state <> 'CANCELLED'"
          + " and m.return_of_move_id in (:moves)";

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  ReturnQueries(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /** The lots/serials already coming back per delivery move (moves with none are absent). */
  public Map<Long, Set<Long>> takenLots(Collection<Long> deliveryMoveIds) {
    Map<Long, Set<Long>> taken = new HashMap<>();
    if (deliveryMoveIds.isEmpty()) {
      return taken;
    }
    jdbc.sql(TAKEN_LOTS)
        .param("moves", deliveryMoveIds)
        .query(
            (rs, row) -> {
              long lot = rs.getLong(2);
              if (!rs.wasNull()) {
                taken.computeIfAbsent(rs.getLong(1), m -> new LinkedHashSet<>()).add(lot);
              }
              return null;
            })
        .list();
    return taken;
  }

  /**
   * The lots/serials each delivery move shipped that no return has taken yet (done, or planned on
   * an open return), in the order they were shipped.
   */
  public Map<Long, List<Long>> returnableLots(Collection<Long> deliveryMoveIds) {
    Map<Long, List<Long>> returnable = new LinkedHashMap<>();
    if (deliveryMoveIds.isEmpty()) {
      return returnable;
    }
    Map<Long, Set<Long>> taken = takenLots(deliveryMoveIds);
    jdbc.sql(
            "select move_id, lot_id from stock_move_line where move_id in (:moves)"
                + " and lot_id is not null order by move_id, position")
        .param("moves", deliveryMoveIds)
        .query(
            (rs, row) -> {
              long move = rs.getLong(1);
              long lot = rs.getLong(2);
              List<Long> lots = returnable.computeIfAbsent(move, m -> new ArrayList<>());
              if (!lots.contains(lot) && !taken.getOrDefault(move, Set.of()).contains(lot)) {
                lots.add(lot);
              }
              return null;
            })
        .list();
    return returnable;
  }

  /**
   * What can still come back of each lot a delivery move shipped: what it shipped of the lot minus
   * what done returns of the move brought back of it.
   */
  public Map<Long, BigDecimal> returnableLotQuantities(long deliveryMoveId) {
    Map<Long, BigDecimal> left = new LinkedHashMap<>();
    jdbc.sql(
            "select l.lot_id, sum(l.quantity) from stock_move_line l where l.move_id = :move"
                + " and l.lot_id is not null group by l.lot_id")
        .param("move", deliveryMoveId)
        .query((rs, row) -> left.put(rs.getLong(1), rs.getBigDecimal(2)))
        .list();
    jdbc.sql(
            "select l.lot_id, sum(l.quantity) from stock_move_line l"
                + " join stock_move m on m.id = l.move_id join transfer t on t.id = m.transfer_id"
                + " where t.kind = 'RETURN' and t.state = 'DONE' and m.return_of_move_id = :move"
                + " and l.lot_id is not null group by l.lot_id")
        .param("move", deliveryMoveId)
        .query(
            (rs, row) -> {
              BigDecimal back = rs.getBigDecimal(2);
              return left.computeIfPresent(rs.getLong(1), (lot, shipped) -> shipped.subtract(back));
            })
        .list();
    return left;
  }

  /**
   * Done quantities of the done returns of these sales orders' deliveries: per order, per sales
   * order line (orders and lines with none are absent).
   */
  public Map<Long, Map<Long, BigDecimal>> returnedQuantities(Collection<Long> salesOrderIds) {
    Map<Long, Map<Long, BigDecimal>> returned = new HashMap<>();
    if (salesOrderIds.isEmpty()) {
      return returned;
    }
    jdbc.sql(
            "select t.sales_order_id, m.sales_order_line_id, sum(m.done_quantity) from stock_move m"
                + " join transfer t on t.id = m.transfer_id"
                + " where t.kind = 'RETURN' and t.state = 'DONE' and t.sales_order_id in (:orders)"
                + " and m.sales_order_line_id is not null"
                + " group by t.sales_order_id, m.sales_order_line_id")
        .param("orders", List.copyOf(salesOrderIds))
        .query(
            (rs, row) ->
                returned
                    .computeIfAbsent(rs.getLong(1), o -> new HashMap<>())
                    .put(rs.getLong(2), rs.getBigDecimal(3)))
        .list();
    return returned;
  }

  /**
   * Of these sales orders, those a done delivery of which shipped the lot (of the product, when
   * given).
   */
  public Set<Long> ordersThatShippedLot(
      Collection<Long> salesOrderIds, @Nullable Long productId, long lotId) {
    if (salesOrderIds.isEmpty()) {
      return Set.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("orders", List.copyOf(salesOrderIds));
    params.put("lot", lotId);
    String product = "";
    if (productId != null) {
      product = " and m.product_id = :product";
      params.put("product", productId);
    }
    return new LinkedHashSet<>(
        jdbc.sql(
                "select distinct t.sales_order_id from transfer t"
                    + " join stock_move m on m.transfer_id = t.id"
                    + " join stock_move_line l on l.move_id = m.id"
                    + " where t.kind = 'DELIVERY' and t.state = 'DONE'"
                    + " and t.sales_order_id in (:orders) and l.lot_id = :lot"
                    + product)
            .params(params)
            .query(Long.class)
            .list());
  }

  /**
   * The done deliveries to any of these customers that the caller may read, latest first; with a
   * product, only those that shipped some of it.
   */
  public List<DoneDelivery> doneDeliveriesTo(
      Collection<Long> customerIds, @Nullable Long productId) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    StringBuilder where =
        new StringBuilder(
            " where t.kind = 'DELIVERY' and t.state = 'DONE' and t.customer_id in (:customers)");
    Map<String, Object> params = new HashMap<>();
    params.put("customers", customerIds);
    if (productId != null) {
      where.append(
          " and exists (select 1 from stock_move m where m.transfer_id = t.id"
              + " and m.product_id = :product and m.done_quantity > 0)");
      params.put("product", productId);
    }
    reach.current().restrict(where, params, "t.customer_id", "t.id", Transfers.DOCUMENT_TYPE);
    return jdbc.sql(
            "select t.id, t.number, t.sales_order_id, t.done_at from transfer t"
                + where
                + " order by t.done_at desc nulls last, t.id desc")
        .params(params)
        .query(
            (rs, row) -> {
              Timestamp doneAt = rs.getTimestamp(4);
              return new DoneDelivery(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, Long.class),
                  doneAt == null ? null : doneAt.toInstant());
            })
        .list();
  }
}
