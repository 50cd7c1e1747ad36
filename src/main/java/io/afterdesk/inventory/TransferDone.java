package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A transfer was validated: its moves with the quantities and lots/serials actually moved. */
public record TransferDone(
    long transferId,
    String number,
    TransferKind kind,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable DocumentRef originRef,
    List<Move> moves,
    Instant occurredAt) {

  /** One done move ({@code doneQuantity} may be zero when its rest went to a backorder). */
  public record Move(
      long moveId,
      long productId,
      BigDecimal doneQuantity,
      List<Long> lotIds,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId) {}
}
