package io.afterdesk.invoicing;

import io.afterdesk.common.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A payment received, with the invoice it pays. */
public record PaymentView(
    long id,
    long journalId,
    String journalCode,
    long customerId,
    Money amount,
    LocalDate date,
    @Nullable Long invoiceId,
    @Nullable String invoiceNumber) {}
