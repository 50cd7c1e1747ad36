package io.afterdesk.aftersales.returns;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lots/serials the wizard chose per returned delivery move, per return. */
@Repository
class ReturnLots {

  private final JdbcClient jdbc;

  ReturnLots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(long returnId, long deliveryMoveId, List<Long> lotIds) {
    for (long lot : lotIds) {
      jdbc.sql(
              "insert into aftersales_return_lot (return_id, delivery_move_id, lot_id)"
                  + " values (:ret, :move, :lot)")
          .param("ret", returnId)
          .param("move", deliveryMoveId)
          .param("lot", lot)
          .update();
    }
  }

  /** The lots chosen for a delivery move, per return transfer. */
  List<long[]> ofDeliveryMove(long deliveryMoveId) {
    return jdbc.sql(
            "select return_id, lot_id from aftersales_return_lot where delivery_move_id = :move")
        .param("move", deliveryMoveId)
        .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .list();
  }

  Set<Long> returnsOf(long deliveryMoveId) {
    return ofDeliveryMove(deliveryMoveId).stream().map(a -> a[0]).collect(Collectors.toSet());
  }
}
