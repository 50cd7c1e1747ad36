package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.ReasonCodeView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The return wizard's defaults and choices for a ticket (SPEC §5).
 *
 * @param emptyReason the message key saying why nothing can be returned, or null
 */
public record ReturnChoices(
    long ticketId,
    String ticketReference,
    @Nullable Long customerId,
    @Nullable Long productId,
    List<OrderChoice> salesOrders,
    @Nullable Long salesOrderId,
    List<DeliveryChoice> deliveries,
    @Nullable Long deliveryId,
    List<LineChoice> lines,
    List<LocationChoice> returnLocations,
    @Nullable Long returnLocationId,
    List<ReasonCodeView> reasonCodes,
    @Nullable String emptyReason) {

  public record OrderChoice(long id, String number) {}

  public record DeliveryChoice(
      long id, String number, @Nullable Long salesOrderId, @Nullable Instant doneAt) {}

  /**
   * One move of the delivery: what was delivered, what is already returned (done or in progress),
   * the default quantity (the rest) and the lots/serials shipped by it and not yet returned.
   */
  public record LineChoice(
      long moveId,
      long productId,
      String productName,
      String unit,
      String tracking,
      BigDecimal delivered,
      BigDecimal returned,
      BigDecimal quantity,
      List<LotChoice> lots,
      List<Long> lotIds) {}

  public record LotChoice(long id, String name) {}

  /** A return location: English and Vietnamese names, {@code label()} in the reader's. */
  public record LocationChoice(long id, String name, @Nullable String nameVi) {
    public String label() {
      return io.afterdesk.common.LocalizedNames.pick(name, nameVi);
    }
  }
}
