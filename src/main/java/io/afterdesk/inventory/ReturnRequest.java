package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A return of (part of) a done delivery, from Partners/Customers to {@code destinationLocationId}
 * (an internal location, e.g. WH/Stock or WH/Returns; null = WH/Stock). Each line names the
 * delivery's move it returns; the quantity returned of a move (over all non-cancelled returns)
 * never exceeds its done quantity. The origin shown is {@code originText} in the reader's language
 * when given (see {@link TransferOriginTexts}), else {@code origin}, else the delivery's number.
 */
public record ReturnRequest(
    long deliveryId,
    @Nullable Long destinationLocationId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    List<ReturnLine> lines,
    @Nullable LocalizedText originText) {

  /** A return whose origin is plain text (or the delivery's number). */
  public ReturnRequest(
      long deliveryId,
      @Nullable Long destinationLocationId,
      @Nullable String origin,
      @Nullable DocumentRef originRef,
      List<ReturnLine> lines) {
    this(deliveryId, destinationLocationId, origin, originRef, lines, null);
  }

  /**
   * A quantity of one move of the delivery to bring back and, for tracked products, the
   * lots/serials coming back (shipped by that move and not returned yet; as many serials as units).
   * They become the return move's planned lots: validating without lots uses them, and other lots
   * are refused. Empty when not known yet.
   */
  public record ReturnLine(long moveId, BigDecimal quantity, List<Long> lotIds) {

    public ReturnLine {
      lotIds = lotIds == null ? List.of() : List.copyOf(lotIds);
    }

    /** A line without lots/serials (they are chosen at validation). */
    public ReturnLine(long moveId, BigDecimal quantity) {
      this(moveId, quantity, List.of());
    }
  }
}
