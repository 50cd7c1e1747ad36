package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A transfer as other modules (and the pages) see it, with its moves. {@code origin} is the text
 * stored; {@code originText}, when the application wrote it, the same in the reader's language.
 */
public record TransferView(
    long id,
    long version,
    String number,
    TransferKind kind,
    TransferState state,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    long sourceLocationId,
    long destinationLocationId,
    LocalDate scheduledDate,
    @Nullable Instant doneAt,
    @Nullable Long backorderOfId,
    Instant createdAt,
    List<MoveView> moves,
    @Nullable LocalizedText originText) {

  public Optional<MoveView> move(long moveId) {
    return moves.stream().filter(m -> m.id() == moveId).findFirst();
  }
}
