package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A transfer that was not done was cancelled: nothing of it moved. */
public record TransferCancelled(
    long transferId,
    String number,
    TransferKind kind,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable DocumentRef originRef,
    Instant occurredAt) {}
