package io.afterdesk.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A payment of a posted invoice.
 *
 * @param journalId a BANK or CASH journal; null = the Bank journal ({@code BNK1})
 * @param amount more than zero and at most the residual; null = the residual
 * @param date null = today
 */
public record PaymentRequest(
    @Nullable Long journalId, @Nullable BigDecimal amount, @Nullable LocalDate date) {}
