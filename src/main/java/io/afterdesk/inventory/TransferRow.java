package io.afterdesk.inventory;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A transfer in a list (no moves). */
public record TransferRow(
    long id,
    String number,
    TransferKind kind,
    TransferState state,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable String origin,
    long sourceLocationId,
    long destinationLocationId,
    LocalDate scheduledDate,
    @Nullable Instant doneAt,
    @Nullable Long backorderOfId) {}
