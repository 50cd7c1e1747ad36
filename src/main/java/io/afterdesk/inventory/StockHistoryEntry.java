package io.afterdesk.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One done movement of a product: a move line of a done transfer ({@code transferId} set) or an
 * inventory adjustment (from or to Virtual/Inventory adjustment, {@code transferId} null).
 */
public record StockHistoryEntry(
    Instant doneAt,
    @Nullable Long transferId,
    String reference,
    long sourceLocationId,
    long destinationLocationId,
    @Nullable Long lotId,
    BigDecimal quantity) {}
