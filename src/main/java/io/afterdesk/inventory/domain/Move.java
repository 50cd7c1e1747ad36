package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product moved by a transfer: the quantity planned and, once validated, the quantity done with
 * its lines per lot/serial. Never more is done than planned; a tracked product names its lots, a
 * serial stands for exactly one unit.
 */
@Table("stock_move")
public class Move {

  @Id private @Nullable Long id;
  private final long productId;
  private final BigDecimal quantity;
  private BigDecimal doneQuantity;
  private final @Nullable Long salesOrderLineId;
  private final @Nullable Long returnOfMoveId;

  @MappedCollection(idColumn = "move_id", keyColumn = "position")
  private List<MoveLine> lines;

  @MappedCollection(idColumn = "move_id", keyColumn = "position")
  private List<PlannedLot> plannedLots;

  @PersistenceCreator
  Move(
      @Nullable Long id,
      long productId,
      BigDecimal quantity,
      BigDecimal doneQuantity,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId,
      List<MoveLine> lines,
      List<PlannedLot> plannedLots) {
    this.id = id;
    this.productId = productId;
    this.quantity = quantity;
    this.doneQuantity = doneQuantity;
    this.salesOrderLineId = salesOrderLineId;
    this.returnOfMoveId = returnOfMoveId;
    this.lines = new ArrayList<>(lines);
    this.plannedLots = new ArrayList<>(plannedLots == null ? List.of() : plannedLots);
  }

  /** A move planning {@code quantity} (more than zero) of a product. */
  public static Move planned(
      long productId,
      BigDecimal quantity,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId) {
    if (quantity.signum() <= 0) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-positive");
    }
    return planned(productId, quantity, salesOrderLineId, returnOfMoveId, List.of());
  }

  /** A move planning {@code quantity} of a product with the lots/serials expected. */
  public static Move planned(
      long productId,
      BigDecimal quantity,
      @Nullable Long salesOrderLineId,
      @Nullable Long returnOfMoveId,
      List<Long> plannedLotIds) {
    if (quantity.signum() <= 0) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-positive");
    }
    return new Move(
        null,
        productId,
        quantity,
        BigDecimal.ZERO,
        salesOrderLineId,
        returnOfMoveId,
        List.of(),
        plannedLotIds.stream().map(PlannedLot::new).toList());
  }

  /** Records what was done; refuses more than planned and missing or wrong lots/serials. */
  void complete(DoneMove done, ProductInfo product) {
    List<MoveLine> given = DoneLines.checked(done, quantity, product);
    this.doneQuantity = done.quantity();
    this.lines = new ArrayList<>(given);
  }

  /** What is left to do after validation, if anything, with the lots/serials still expected. */
  @Nullable Remainder remainder(ProductInfo product) {
    BigDecimal rest = quantity.subtract(doneQuantity);
    return rest.signum() > 0
        ? new Remainder(
            productId, rest, salesOrderLineId, returnOfMoveId, lotsStillPlanned(product))
        : null;
  }

  /** A serial that was done is no longer expected; a lot may still bring the rest, so it stays. */
  private List<Long> lotsStillPlanned(ProductInfo product) {
    if (product.tracking() != Tracking.SERIAL) {
      return plannedLotIds();
    }
    Set<Long> done = new HashSet<>();
    lines.forEach(l -> done.add(l.lotId()));
    return plannedLotIds().stream().filter(lot -> !done.contains(lot)).toList();
  }

  public @Nullable Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal doneQuantity() {
    return doneQuantity;
  }

  public @Nullable Long salesOrderLineId() {
    return salesOrderLineId;
  }

  public @Nullable Long returnOfMoveId() {
    return returnOfMoveId;
  }

  public List<MoveLine> lines() {
    return List.copyOf(lines);
  }

  /** The lots/serials planned for this move (empty when none were named). */
  public List<Long> plannedLotIds() {
    return plannedLots.stream().map(PlannedLot::lotId).toList();
  }

  /** For tests and fixtures that need a move id without a database. */
  void assignId(long id) {
    this.id = id;
  }
}
