package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A receipt to make from Partners/Vendors to WH/Stock; {@code partnerId} is optional. */
public record ReceiptRequest(
    @Nullable Long partnerId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    List<TransferLine> lines) {}
