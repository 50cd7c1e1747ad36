package io.afterdesk.invoicing;

import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An invoice or credit note in a list (no lines); {@code reference} as in {@link InvoiceView}. */
public record InvoiceRow(
    long id,
    InvoiceKind kind,
    @Nullable String number,
    InvoiceState state,
    PaymentState paymentState,
    long journalId,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable String reference,
    LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Nullable Long reversedInvoiceId,
    Money untaxed,
    Money tax,
    Money total,
    Money residual,
    @Nullable LocalizedText referenceText) {}
