package io.afterdesk.inventory;

import io.afterdesk.inventory.domain.Transfer;

/** How a transfer aggregate is shown outside the domain package: a {@link TransferView}. */
final class TransferViews {

  private TransferViews() {}

  static TransferView of(Transfer t) {
    return new TransferView(
        t.id(),
        t.version() == null ? 0 : t.version(),
        t.number(),
        t.kind(),
        t.state(),
        t.customerId(),
        t.salesOrderId(),
        t.origin(),
        t.originRef(),
        t.sourceLocationId(),
        t.destinationLocationId(),
        t.scheduledDate(),
        t.doneAt(),
        t.backorderOfId(),
        t.createdAt(),
        t.moves().stream()
            .map(
                m ->
                    new MoveView(
                        m.id(),
                        m.productId(),
                        m.quantity(),
                        m.doneQuantity(),
                        m.salesOrderLineId(),
                        m.returnOfMoveId(),
                        m.lines().stream()
                            .map(l -> new MoveLineView(l.lotId(), l.quantity()))
                            .toList(),
                        m.plannedLotIds()))
            .toList(),
        t.originText());
  }
}
