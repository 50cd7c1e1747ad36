package io.afterdesk.inventory;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the stock on hand list; null means any. {@code internalOnly} keeps internal locations
 * (the warehouse's own stock); {@code positiveOnly} hides rows at zero.
 */
public record StockFilter(
    @Nullable Long productId,
    @Nullable Long locationId,
    @Nullable Long lotId,
    boolean internalOnly,
    boolean positiveOnly) {}
