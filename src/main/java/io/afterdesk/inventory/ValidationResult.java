package io.afterdesk.inventory;

import org.jspecify.annotations.Nullable;

/** A validated transfer and, when only part of it was done, the backorder holding the rest. */
public record ValidationResult(TransferView transfer, @Nullable TransferView backorder) {}
