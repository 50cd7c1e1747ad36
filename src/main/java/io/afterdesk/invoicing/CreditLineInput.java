package io.afterdesk.invoicing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a credit note: it credits {@code quantity} of the invoice line {@code creditedLineId}
 * (a line of the reversed invoice). Product, description, discount and tax are the credited line's;
 * {@code unitPrice} null = the credited line's, never above it.
 */
public record CreditLineInput(
    long creditedLineId, BigDecimal quantity, @Nullable BigDecimal unitPrice) {}
