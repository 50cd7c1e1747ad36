package io.afterdesk.inventory.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is left of a move after a partial validation: it goes to the backorder, with the
 * lots/serials still expected (e.g. the serials of a return that did not come back yet).
 */
public record Remainder(
    long productId,
    BigDecimal quantity,
    @Nullable Long salesOrderLineId,
    @Nullable Long returnOfMoveId,
    List<Long> plannedLotIds) {

  public Remainder {
    plannedLotIds = List.copyOf(plannedLotIds);
  }
}
