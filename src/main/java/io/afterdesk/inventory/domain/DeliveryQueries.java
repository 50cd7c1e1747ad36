package io.afterdesk.inventory.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What deliveries brought where, answered with one query each (sales and after-sales ask these per
 * order or per customer, so they must not load transfers).
 */
@Component
public class DeliveryQueries {

  private final JdbcClient jdbc;

  DeliveryQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The ids of every transfer (any kind and state) of a sales order, oldest first. */
  public List<Long> transferIdsOfSalesOrder(long salesOrderId) {
    return jdbc.sql("select id from transfer where sales_order_id = :order order by id")
        .param("order", salesOrderId)
        .query(Long.class)
        .list();
  }

  /** See {@link io.afterdesk.inventory.Transfers#productIdsDeliveredTo}. */
  public Set<Long> productIdsDeliveredTo(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select distinct m.product_id from stock_move m join transfer t on t.id ="
                    + " m.transfer_id where t.kind = 'DELIVERY' and t.state = 'DONE'"
                    + " and m.done_quantity > 0 and t.customer_id in (:customers)")
            .param("customers", customerIds)
            .query(Long.class)
            .list());
  }

  /** The transfer a move belongs to. */
  public Optional<Long> transferOfMove(long moveId) {
    return jdbc.sql("select transfer_id from stock_move where id = :id")
        .param("id", moveId)
        .query(Long.class)
        .optional();
  }

  /** See {@link io.afterdesk.inventory.Transfers#deliveredQuantities}. */
  public Map<Long, BigDecimal> deliveredQuantities(long salesOrderId) {
    Map<Long, BigDecimal> delivered = new HashMap<>();
    jdbc.sql(
            "select m.sales_order_line_id, sum(case when t.kind = 'DELIVERY' then m.done_quantity"
                + " else -m.done_quantity end)"
                + " from stock_move m join transfer t on t.id = m.transfer_id"
                + " where t.state = 'DONE' and m.sales_order_line_id is not null"
                + " and (t.kind = 'DELIVERY' and t.sales_order_id = :order"
                + "   or t.kind = 'RETURN' and m.return_of_move_id in (select d.id from stock_move d"
                + "     join transfer dt on dt.id = d.transfer_id"
                + "     where dt.kind = 'DELIVERY' and dt.sales_order_id = :order))"
                + " group by m.sales_order_line_id")
        .param("order", salesOrderId)
        .query(
            (rs, row) -> {
              delivered.put(rs.getLong(1), rs.getBigDecimal(2));
              return null;
            })
        .list();
    return delivered;
  }
}
