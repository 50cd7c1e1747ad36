package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A return of (part of) a done delivery, from Partners/Customers to {@code destinationLocationId}
 * (an internal location, e.g. WH/Stock or WH/Returns; null = WH/Stock). Each line names the
 * delivery's move it returns; the quantity returned of a move (over all non-cancelled returns)
 * never exceeds its done quantity.
 */
public record ReturnRequest(
    long deliveryId,
    @Nullable Long destinationLocationId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    List<ReturnLine> lines) {

  /** A quantity of one move of the delivery to bring back. */
  public record ReturnLine(long moveId, BigDecimal quantity) {}
}
