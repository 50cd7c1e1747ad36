package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
  private final DoneMoves doneMoves;
  private final Clock clock;

  TransferOperations(
      TransferRepository transfers,
      LocationDirectory locations,
      StockLedger ledger,
      NumberSequences sequences,
      Products products,
      Customers customers,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      DoneMoves doneMoves,
      Clock clock) {
    this.transfers = transfers;
    this.doneMoves = doneMoves;
    this.clock = clock;
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
    Function<Long, ProductInfo> info = productInfos();
    Map<Long, DoneMove> doneByMove = doneMoves.of(transfer, done, info);
    Instant now = clock.instant();
    List<Remainder> rest = transfer.validate(doneByMove, info, now);
    doneMoves.checkReturnedLots(transfer);
    Transfer saved = transfers.save(transfer);
    ledger.apply(StockLedger.movedBy(saved), info);
    Transfer backorder = null;
    if (!rest.isEmpty()) {
      backorder = transfers.save(saved.backorder(nextNumber(saved.kind()), rest, now));
    }
    events.publishEvent(TransferEvents.done(saved, now));
    return new ValidationOutcome(saved, backorder);
  }

  /** A validated transfer and its backorder, if any. */
  public record ValidationOutcome(Transfer transfer, @Nullable Transfer backorder) {}

  public Transfer cancel(long transferId) {
    Transfer transfer = lockAndLoad(transferId);
    transfer.cancel();
    Transfer saved = transfers.save(transfer);
    events.publishEvent(TransferEvents.cancelled(saved, clock.instant()));
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

  /** Product names and tracking, each read once per validation. */
  private Function<Long, ProductInfo> productInfos() {
    Map<Long, ProductInfo> infos = new HashMap<>();
    return productId ->
        infos.computeIfAbsent(
            productId,
            id -> {
              ProductSummary p = products.get(id);
              return new ProductInfo(p.displayName(), p.tracking());
            });
  }

  /** Today, for the scheduled date of new transfers. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
