package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invoice or credit note was posted and numbered (published in the posting transaction). */
public record InvoicePosted(
    long invoiceId,
    String number,
    InvoiceKind kind,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable Long reversedInvoiceId,
    @Nullable DocumentRef originRef,
    Money total,
    Instant occurredAt) {}
