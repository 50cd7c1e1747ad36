package io.afterdesk.inventory.domain;

import io.afterdesk.inventory.TransferCancelled;
import io.afterdesk.inventory.TransferDone;
import java.time.Instant;
import java.util.Objects;

/** The events a transfer's validation and cancellation publish, with ids and values only. */
final class TransferEvents {

  private TransferEvents() {}

  static TransferDone done(Transfer transfer, Instant now) {
    return new TransferDone(
        transfer.id(),
        transfer.number(),
        transfer.kind(),
        transfer.customerId(),
        transfer.salesOrderId(),
        transfer.originRef(),
        transfer.moves().stream()
            .map(
                m ->
                    new TransferDone.Move(
                        m.id(),
                        m.productId(),
                        m.doneQuantity(),
                        m.lines().stream().map(MoveLine::lotId).filter(Objects::nonNull).toList(),
                        m.salesOrderLineId(),
                        m.returnOfMoveId()))
            .toList(),
        now);
  }

  static TransferCancelled cancelled(Transfer transfer, Instant now) {
    return new TransferCancelled(
        transfer.id(),
        transfer.number(),
        transfer.kind(),
        transfer.customerId(),
        transfer.salesOrderId(),
        transfer.originRef(),
        now);
  }
}
