package io.afterdesk.inventory.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What is left of a move after a partial validation: it goes to the backorder. */
public record Remainder(
    long productId,
    BigDecimal quantity,
    @Nullable Long salesOrderLineId,
    @Nullable Long returnOfMoveId) {}
