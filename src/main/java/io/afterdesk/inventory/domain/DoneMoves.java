package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.MoveDone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a validation does of each move, from what was entered: nothing entered means every move as
 * planned (a tracked move needs its planned lots); otherwise each entered move once, with only its
 * planned lots when it has some, its lots allocated by {@link LotAllocation}.
 */
@Component
class DoneMoves {

  private final LotAllocation allocation;
  private final Products products;
  private final JdbcClient jdbc;

  DoneMoves(LotAllocation allocation, Products products, JdbcClient jdbc) {
    this.allocation = allocation;
    this.products = products;
    this.jdbc = jdbc;
  }

  /** The done moves by move id (see {@link Transfer#validate}). */
  Map<Long, DoneMove> of(
      Transfer transfer, List<MoveDone> entered, Function<Long, ProductInfo> info) {
    return entered.isEmpty() ? asPlanned(transfer, info) : asEntered(transfer, entered, info);
  }

  private Map<Long, DoneMove> asPlanned(Transfer transfer, Function<Long, ProductInfo> info) {
    Map<Long, DoneMove> doneByMove = new HashMap<>();
    for (Move move : transfer.moves()) {
      ProductInfo product = info.apply(move.productId());
      if (!product.tracking().tracked()) {
        doneByMove.put(
            move.id(), new DoneMove(move.quantity(), List.of(new MoveLine(null, move.quantity()))));
        continue;
      }
      if (move.plannedLotIds().isEmpty()) {
        throw new BusinessRuleException("inventory.move.lots-required", product.name());
      }
      doneByMove.put(
          move.id(),
          allocation.linesOf(
              transfer,
              move,
              new MoveDone(move.id(), move.quantity(), move.plannedLotIds()),
              product));
    }
    return doneByMove;
  }

  private Map<Long, DoneMove> asEntered(
      Transfer transfer, List<MoveDone> entered, Function<Long, ProductInfo> info) {
    Map<Long, Move> movesById = new HashMap<>();
    transfer.moves().forEach(m -> movesById.put(m.id(), m));
    Map<Long, DoneMove> doneByMove = new HashMap<>();
    for (MoveDone given : entered) {
      if (doneByMove.containsKey(given.moveId())) {
        throw FieldValidationException.of(
            "moves", "inventory.validate.duplicate-move", given.moveId());
      }
      Move move = movesById.get(given.moveId());
      if (move == null) {
        throw FieldValidationException.of(
            "moves", "inventory.validate.unknown-move", given.moveId());
      }
      requirePlannedLots(move, given, info);
      doneByMove.put(
          given.moveId(), allocation.linesOf(transfer, move, given, info.apply(move.productId())));
    }
    return doneByMove;
  }

  /** A move planned with lots takes only those. */
  private void requirePlannedLots(Move move, MoveDone given, Function<Long, ProductInfo> info) {
    if (move.plannedLotIds().isEmpty()) {
      return;
    }
    for (Long lot : given.lotIds()) {
      if (!move.plannedLotIds().contains(lot)) {
        throw new BusinessRuleException(
            "inventory.validate.lot-not-planned",
            products.findLot(lot).map(l -> l.name()).orElse("#" + lot),
            info.apply(move.productId()).name());
      }
    }
  }

  /** A returned lot/serial must be one that the returned delivery move shipped. */
  void checkReturnedLots(Transfer transfer) {
    for (Move move : transfer.moves()) {
      if (move.returnOfMoveId() == null || move.lines().isEmpty()) {
        continue;
      }
      List<Long> shipped =
          jdbc.sql(
                  "select lot_id from stock_move_line where move_id = :move and lot_id is not null")
              .param("move", move.returnOfMoveId())
              .query(Long.class)
              .list();
      if (shipped.isEmpty()) {
        continue;
      }
      for (MoveLine line : move.lines()) {
        if (line.lotId() != null && !shipped.contains(line.lotId())) {
          throw new BusinessRuleException(
              "inventory.return.lot-not-delivered",
              products.findLot(line.lotId()).map(l -> l.name()).orElse("?"));
        }
      }
    }
  }
}
