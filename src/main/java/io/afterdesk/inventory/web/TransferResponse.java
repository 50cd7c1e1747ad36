package io.afterdesk.inventory.web;

import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A transfer in the API (quantities as decimal strings). A move's {@code lotIds} are the
 * lots/serials done, its {@code plannedLotIds} those expected (e.g. named when a return was made).
 */
record TransferResponse(
    long id,
    String number,
    TransferKind kind,
    TransferState state,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    long sourceLocationId,
    long destinationLocationId,
    @Nullable String origin,
    @Nullable OriginRef originRef,
    LocalDate scheduledDate,
    @Nullable Instant doneAt,
    @Nullable Long backorderOfId,
    @Nullable Long backorderId,
    List<MoveResponse> moves) {

  record OriginRef(String type, long id) {}

  record MoveResponse(
      long id,
      long productId,
      String quantity,
      String doneQuantity,
      List<Long> lotIds,
      List<Long> plannedLotIds,
      List<LineResponse> lines,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId) {}

  record LineResponse(@Nullable Long lotId, String quantity) {}

  static TransferResponse of(TransferView t) {
    return of(t, null);
  }

  static TransferResponse of(TransferView t, @Nullable Long backorderId) {
    return new TransferResponse(
        t.id(),
        t.number(),
        t.kind(),
        t.state(),
        t.customerId(),
        t.salesOrderId(),
        t.sourceLocationId(),
        t.destinationLocationId(),
        t.origin(),
        t.originRef() == null ? null : new OriginRef(t.originRef().type(), t.originRef().id()),
        t.scheduledDate(),
        t.doneAt(),
        t.backorderOfId(),
        backorderId,
        t.moves().stream().map(TransferResponse::move).toList());
  }

  private static MoveResponse move(MoveView m) {
    return new MoveResponse(
        m.id(),
        m.productId(),
        Quantities.plain(m.quantity()),
        Quantities.plain(m.doneQuantity()),
        m.lotIds(),
        m.plannedLotIds(),
        m.lines().stream()
            .map(l -> new LineResponse(l.lotId(), Quantities.plain(l.quantity())))
            .toList(),
        m.salesOrderLineId(),
        m.returnOfMoveId());
  }
}
