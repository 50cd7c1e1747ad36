package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A payment settled the rest of an invoice: it became {@code PAID}. */
public record InvoicePaid(
    long invoiceId,
    String number,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable DocumentRef originRef,
    long paymentId,
    Money total,
    PaymentState paymentState,
    Instant occurredAt) {}
