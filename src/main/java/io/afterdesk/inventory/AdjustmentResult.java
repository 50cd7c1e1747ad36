package io.afterdesk.inventory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An inventory adjustment done: the quantity counted and the difference it moved. */
public record AdjustmentResult(
    long adjustmentId,
    long productId,
    long locationId,
    @Nullable Long lotId,
    BigDecimal countedQuantity,
    BigDecimal difference) {}
