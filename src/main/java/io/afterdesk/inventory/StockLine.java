package io.afterdesk.inventory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Stock on hand of a product at a location, for one lot (or none for untracked products). */
public record StockLine(
    long productId, long locationId, @Nullable Long lotId, BigDecimal quantity) {}
