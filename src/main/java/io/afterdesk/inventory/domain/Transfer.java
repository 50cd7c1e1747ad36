package io.afterdesk.inventory.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A transfer of goods between two locations (a receipt, a delivery or a return) with its moves. Its
 * state follows {@link TransferState}'s table; a done transfer is never changed again.
 */
@Table("transfer")
public class Transfer {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private final String number;
  private final TransferKind kind;
  private TransferState state;
  private final @Nullable Long customerId;
  private final @Nullable Long salesOrderId;
  private final @Nullable String origin;
  private final @Nullable String originType;
  private final @Nullable Long originId;

  @Embedded.Nullable(prefix = "origin_")
  private final LocalizedText.@Nullable Stored originText;

  private final long sourceLocationId;
  private final long destinationLocationId;
  private final LocalDate scheduledDate;
  private @Nullable Instant doneAt;
  private final @Nullable Long backorderOfId;
  private final Instant createdAt;

  @MappedCollection(idColumn = "transfer_id", keyColumn = "position")
  private final List<Move> moves;

  @PersistenceCreator
  Transfer(
      @Nullable Long id,
      @Nullable Long version,
      String number,
      TransferKind kind,
      TransferState state,
      @Nullable Long customerId,
      @Nullable Long salesOrderId,
      @Nullable String origin,
      @Nullable String originType,
      @Nullable Long originId,
      LocalizedText.@Nullable Stored originText,
      long sourceLocationId,
      long destinationLocationId,
      LocalDate scheduledDate,
      @Nullable Instant doneAt,
      @Nullable Long backorderOfId,
      Instant createdAt,
      List<Move> moves) {
    this.id = id;
    this.version = version;
    this.number = number;
    this.kind = kind;
    this.state = state;
    this.customerId = customerId;
    this.salesOrderId = salesOrderId;
    this.origin = origin;
    this.originType = originType;
    this.originId = originId;
    this.originText = originText;
    this.sourceLocationId = sourceLocationId;
    this.destinationLocationId = destinationLocationId;
    this.scheduledDate = scheduledDate;
    this.doneAt = doneAt;
    this.backorderOfId = backorderOfId;
    this.createdAt = createdAt;
    this.moves = new ArrayList<>(moves);
  }

  /** A new draft transfer; it needs at least one move. */
  public static Transfer draft(
      String number,
      TransferHeader header,
      List<Move> moves,
      @Nullable Long backorderOfId,
      Instant now) {
    if (moves.isEmpty()) {
      throw FieldValidationException.of("lines", "inventory.transfer.lines-required");
    }
    if (header.sourceLocationId() == header.destinationLocationId()) {
      throw FieldValidationException.of(
          "destinationLocationId", "inventory.transfer.same-locations");
    }
    DocumentRef ref = header.originRef();
    return new Transfer(
        null,
        null,
        number,
        header.kind(),
        TransferState.DRAFT,
        header.customerId(),
        header.salesOrderId(),
        header.origin(),
        ref == null ? null : ref.type(),
        ref == null ? null : ref.id(),
        header.originText() == null ? null : header.originText().stored(),
        header.sourceLocationId(),
        header.destinationLocationId(),
        header.scheduledDate(),
        null,
        backorderOfId,
        now,
        moves);
  }

  /** Draft → ready: the transfer waits to be validated. */
  public void confirm() {
    moveTo(TransferState.READY);
  }

  /** Ready or draft → cancelled; a done transfer is never cancelled. */
  public void cancel() {
    moveTo(TransferState.CANCELLED);
  }

  /**
   * Ready → done with what was done of each move ({@code done} by move id; a move left out is done
   * at zero). Returns what is left of the moves, for a backorder. Refuses more than planned,
   * missing or wrong lots/serials, unknown moves, and a validation where nothing at all is done.
   */
  public List<Remainder> validate(
      Map<Long, DoneMove> done, Function<Long, ProductInfo> products, Instant now) {
    if (!state.canBecome(TransferState.DONE)) {
      throw new TransitionRefused(
          "inventory.transfer.invalid-transition", number, state, TransferState.DONE);
    }
    Set<Long> known = new HashSet<>();
    moves.forEach(m -> known.add(m.id()));
    for (Long moveId : done.keySet()) {
      if (!known.contains(moveId)) {
        throw FieldValidationException.of("moves", "inventory.validate.unknown-move", moveId);
      }
    }
    for (Move move : moves) {
      DoneMove given = done.get(move.id());
      move.complete(
          given == null ? new DoneMove(java.math.BigDecimal.ZERO, List.of()) : given,
          products.apply(move.productId()));
    }
    if (moves.stream().allMatch(m -> m.doneQuantity().signum() == 0)) {
      throw new BusinessRuleException("inventory.validate.nothing-done", number);
    }
    moveTo(TransferState.DONE);
    this.doneAt = now;
    return moves.stream()
        .map(m -> m.remainder(products.apply(m.productId())))
        .filter(Objects::nonNull)
        .toList();
  }

  /** A ready transfer holding what a partial validation of this one left to do. */
  public Transfer backorder(String backorderNumber, List<Remainder> rest, Instant now) {
    if (state != TransferState.DONE || id == null) {
      throw new IllegalStateException("Only a saved, done transfer has a backorder");
    }
    List<Move> restMoves =
        rest.stream()
            .map(
                r ->
                    Move.planned(
                        r.productId(),
                        r.quantity(),
                        r.salesOrderLineId(),
                        r.returnOfMoveId(),
                        r.plannedLotIds()))
            .toList();
    Transfer backorder =
        draft(
            backorderNumber,
            new TransferHeader(
                kind,
                customerId,
                salesOrderId,
                origin,
                originRef(),
                sourceLocationId,
                destinationLocationId,
                scheduledDate,
                originText()),
            restMoves,
            id,
            now);
    backorder.confirm();
    return backorder;
  }

  /** For fixtures that need a saved-looking transfer without a database. */
  void assignId(long id) {
    this.id = id;
  }

  private void moveTo(TransferState next) {
    if (!state.canBecome(next)) {
      throw new TransitionRefused("inventory.transfer.invalid-transition", number, state, next);
    }
    this.state = next;
  }

  public @Nullable DocumentRef originRef() {
    return originType == null || originId == null ? null : new DocumentRef(originType, originId);
  }

  public @Nullable Long id() {
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public String number() {
    return number;
  }

  public TransferKind kind() {
    return kind;
  }

  public TransferState state() {
    return state;
  }

  public @Nullable Long customerId() {
    return customerId;
  }

  public @Nullable Long salesOrderId() {
    return salesOrderId;
  }

  public @Nullable String origin() {
    return origin;
  }

  /** The origin as the application wrote it, for each reader's language; none if typed. */
  public @Nullable LocalizedText originText() {
    return originText == null ? null : originText.text();
  }

  public long sourceLocationId() {
    return sourceLocationId;
  }

  public long destinationLocationId() {
    return destinationLocationId;
  }

  public LocalDate scheduledDate() {
    return scheduledDate;
  }

  public @Nullable Instant doneAt() {
    return doneAt;
  }

  public @Nullable Long backorderOfId() {
    return backorderOfId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Move> moves() {
    return List.copyOf(moves);
  }
}
