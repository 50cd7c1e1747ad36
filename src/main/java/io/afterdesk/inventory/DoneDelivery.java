package io.afterdesk.inventory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A done delivery as a return picks it: its number, its order and when it was shipped. */
public record DoneDelivery(
    long id, String number, @Nullable Long salesOrderId, @Nullable Instant doneAt) {}
