package io.afterdesk.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A move of a transfer: the product, the quantity planned, the quantity done (zero until the
 * transfer is validated) and, once done, its lines per lot/serial. {@code salesOrderLineId} and
 * {@code returnOfMoveId} are the opaque links a sales order line or a returned move left on it;
 * {@code plannedLotIds} the lots/serials expected (e.g. chosen when a return was created).
 */
public record MoveView(
    long id,
    long productId,
    BigDecimal quantity,
    BigDecimal doneQuantity,
    @Nullable Long salesOrderLineId,
    @Nullable Long returnOfMoveId,
    List<MoveLineView> lines,
    List<Long> plannedLotIds) {

  public MoveView {
    plannedLotIds = plannedLotIds == null ? List.of() : List.copyOf(plannedLotIds);
  }

  /** A move without planned lots. */
  public MoveView(
      long id,
      long productId,
      BigDecimal quantity,
      BigDecimal doneQuantity,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId,
      List<MoveLineView> lines) {
    this(id, productId, quantity, doneQuantity, salesOrderLineId, returnOfMoveId, lines, List.of());
  }

  /** The lots/serials done on this move, in line order. */
  public List<Long> lotIds() {
    return lines.stream().map(MoveLineView::lotId).filter(Objects::nonNull).toList();
  }
}
