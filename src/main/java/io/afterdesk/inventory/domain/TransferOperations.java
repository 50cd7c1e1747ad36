package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.TransferCancelled;
import io.afterdesk.inventory.TransferDone;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, validates and cancels transfers. Validation and cancellation lock the transfer row first
 * ({@code select … for update}), so two validations of one transfer run one after the other and the
 * second finds it done; stock changes go through {@link StockLedger} in the same transaction, and
 * the events are published in it too.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TransferOperations {

  private final TransferRepository transfers;
  private final LocationDirectory locations;
  private final StockLedger ledger;
  private final NumberSequences sequences;
  private final Products products;
  private final Customers customers;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final LotAllocation allocation;
  private final Clock clock = Clock.systemUTC();

  TransferOperations(
      TransferRepository transfers,
      LocationDirectory locations,
      StockLedger ledger,
      NumberSequences sequences,
      Products products,
      Customers customers,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      LotAllocation allocation) {
    this.transfers = transfers;
    this.allocation = allocation;
    this.locations = locations;
    this.ledger = ledger;
    this.sequences = sequences;
    this.products = products;
    this.customers = customers;
    this.events = events;
    this.jdbc = jdbc;
  }

  /** A new ready transfer of the kind's operation type (numbered from its own sequence). */
  public Transfer create(TransferHeader header, List<Move> moves) {
    if (header.customerId() != null && customers.find(header.customerId()).isEmpty()) {
      throw FieldValidationException.of(
          "customerId", "inventory.transfer.unknown-customer", header.customerId());
    }
    locations.get(header.sourceLocationId());
    locations.get(header.destinationLocationId());
    Transfer transfer =
        Transfer.draft(nextNumber(header.kind()), header, moves, null, clock.instant());
    transfer.confirm();
    return transfers.save(transfer);
  }

  /** Planned moves of goods lines; services and unknown products are refused. */
  public List<Move> plannedMoves(List<TransferLine> lines) {
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TransferLine line = lines.get(i);
      String field = "lines[" + i + "]";
      ProductSummary product =
          products
              .find(line.productId())
              .orElseThrow(
                  () ->
                      FieldValidationException.of(
                          field + ".productId",
                          "inventory.line.unknown-product",
                          line.productId()));
      if (product.type() != ProductType.GOODS) {
        throw FieldValidationException.of(
            field + ".productId", "inventory.line.goods-only", product.name());
      }
      if (line.quantity() == null || line.quantity().signum() <= 0) {
        throw FieldValidationException.of(field + ".quantity", "inventory.move.quantity-positive");
      }
      moves.add(Move.planned(line.productId(), line.quantity(), line.salesOrderLineId(), null));
    }
    return moves;
  }

  public String nextNumber(TransferKind kind) {
    LocationDirectory.OperationType type = locations.operationType(kind);
    return type.prefix() + String.format("%05d", sequences.next(type.sequenceName()));
  }

  /** Validates a transfer (see {@link io.afterdesk.inventory.Transfers#validate}). */
  public ValidationOutcome validate(long transferId, List<MoveDone> done) {
    Transfer transfer = lockAndLoad(transferId);
    if (!transfer.state().canBecome(TransferState.DONE)) {
      throw new TransitionRefused(
          "inventory.transfer.invalid-transition",
          transfer.number(),
          transfer.state(),
          TransferState.DONE);
    }
    Map<Long, ProductInfo> infos = new HashMap<>();
    java.util.function.Function<Long, ProductInfo> info =
        productId ->
            infos.computeIfAbsent(
                productId,
                id -> {
                  ProductSummary p = products.get(id);
                  return new ProductInfo(p.displayName(), p.tracking());
                });
    Map<Long, DoneMove> doneByMove = new HashMap<>();
    if (done.isEmpty()) {
      for (Move move : transfer.moves()) {
        ProductInfo product = info.apply(move.productId());
        if (product.tracking().tracked()) {
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
          continue;
        }
        doneByMove.put(
            move.id(), new DoneMove(move.quantity(), List.of(new MoveLine(null, move.quantity()))));
      }
    } else {
      Map<Long, Move> movesById = new HashMap<>();
      transfer.moves().forEach(m -> movesById.put(m.id(), m));
      for (MoveDone given : done) {
        if (doneByMove.containsKey(given.moveId())) {
          throw FieldValidationException.of(
              "moves", "inventory.validate.duplicate-move", given.moveId());
        }
        Move move = movesById.get(given.moveId());
        if (move == null) {
          throw FieldValidationException.of(
              "moves", "inventory.validate.unknown-move", given.moveId());
        }
        if (!move.plannedLotIds().isEmpty()) {
          for (Long lot : given.lotIds()) {
            if (!move.plannedLotIds().contains(lot)) {
              throw new BusinessRuleException(
                  "inventory.validate.lot-not-planned",
                  products.findLot(lot).map(l -> l.name()).orElse("#" + lot),
                  info.apply(move.productId()).name());
            }
          }
        }
        doneByMove.put(
            given.moveId(),
            allocation.linesOf(transfer, move, given, info.apply(move.productId())));
      }
    }
    Instant now = clock.instant();
    List<Remainder> rest = transfer.validate(doneByMove, info, now);
    checkReturnedLots(transfer);
    Transfer saved = transfers.save(transfer);
    List<StockLedger.Delta> deltas = new ArrayList<>();
    for (Move move : saved.moves()) {
      for (MoveLine line : move.lines()) {
        deltas.add(
            new StockLedger.Delta(
                move.productId(),
                line.lotId(),
                saved.sourceLocationId(),
                line.quantity().negate()));
        deltas.add(
            new StockLedger.Delta(
                move.productId(), line.lotId(), saved.destinationLocationId(), line.quantity()));
      }
    }
    ledger.apply(deltas, info);
    Transfer backorder = null;
    if (!rest.isEmpty()) {
      backorder = transfers.save(saved.backorder(nextNumber(saved.kind()), rest, now));
    }
    events.publishEvent(doneEvent(saved, now));
    return new ValidationOutcome(saved, backorder);
  }

  /** A validated transfer and its backorder, if any. */
  public record ValidationOutcome(Transfer transfer, @Nullable Transfer backorder) {}

  public Transfer cancel(long transferId) {
    Transfer transfer = lockAndLoad(transferId);
    transfer.cancel();
    Transfer saved = transfers.save(transfer);
    events.publishEvent(
        new TransferCancelled(
            saved.id(),
            saved.number(),
            saved.kind(),
            saved.customerId(),
            saved.salesOrderId(),
            saved.originRef(),
            clock.instant()));
    return saved;
  }

  /** Locks the transfer row until the transaction ends, then loads the aggregate. */
  public Transfer lockAndLoad(long transferId) {
    jdbc.sql("select id from transfer where id = :id for update")
        .param("id", transferId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("Transfer", transferId));
    return transfers
        .findById(transferId)
        .orElseThrow(() -> new NotFoundException("Transfer", transferId));
  }

  /** A returned lot/serial must be one that the returned delivery move shipped. */
  private void checkReturnedLots(Transfer transfer) {
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

  private static TransferDone doneEvent(Transfer transfer, Instant now) {
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
                        m.lines().stream()
                            .map(MoveLine::lotId)
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                        m.salesOrderLineId(),
                        m.returnOfMoveId()))
            .toList(),
        now);
  }

  /** Today, for the scheduled date of new transfers. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
