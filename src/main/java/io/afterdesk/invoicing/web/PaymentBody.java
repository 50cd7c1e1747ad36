package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.MoneyInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the API accepts it: {@code amount} (money object or decimal string; missing = the
 * residual), {@code journalId} (BANK or CASH; missing = Bank), {@code date} (missing = today).
 */
record PaymentBody(
    @Nullable MoneyInput amount, @Nullable Long journalId, @Nullable LocalDate date) {}
