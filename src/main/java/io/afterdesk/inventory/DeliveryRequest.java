package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery to make from WH/Stock to Partners/Customers. {@code salesOrderId} is opaque to
 * inventory (it is stored and echoed, e.g. for {@link Transfers#deliveredQuantities}); {@code
 * origin} is the text shown (e.g. {@code S00012}), {@code originRef} the document it came from.
 */
public record DeliveryRequest(
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    List<TransferLine> lines) {}
