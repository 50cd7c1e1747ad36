package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note was cancelled; {@code number} is null for a cancelled draft, and {@code
 * wasPosted} says whether it had been posted.
 */
public record InvoiceCancelled(
    long invoiceId,
    @Nullable String number,
    InvoiceKind kind,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable Long reversedInvoiceId,
    @Nullable DocumentRef originRef,
    Money total,
    boolean wasPosted,
    Instant occurredAt) {}
