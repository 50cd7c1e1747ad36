package io.afterdesk.inventory;

import io.afterdesk.common.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A transfer in a list (no moves); {@code origin} as in {@link TransferView}. */
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
    @Nullable Long backorderOfId,
    @Nullable LocalizedText originText) {}
