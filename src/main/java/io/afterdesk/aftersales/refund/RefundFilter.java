package io.afterdesk.aftersales.refund;

import io.afterdesk.common.FieldValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What the agent chose in the refund wizard's filters. A filter not chosen takes its default (the
 * ticket's product and lot, the latest refundable order); a filter chosen empty ("—") means no
 * filter: any order of the customer, any product.
 */
public record RefundFilter(
    @Nullable Long salesOrderId,
    boolean salesOrderChosen,
    @Nullable Long productId,
    boolean productChosen,
    @Nullable Long lotId,
    boolean lotChosen) {

  /** Every filter at its default. */
  public static RefundFilter defaults() {
    return new RefundFilter(null, false, null, false, null, false);
  }

  /**
   * The filters as request parameters: absent (null) = the default, empty = "—" (no filter), else
   * an id (422 when not a number).
   */
  public static RefundFilter ofParameters(
      @Nullable String salesOrderId, @Nullable String productId, @Nullable String lotId) {
    return new RefundFilter(
        id(salesOrderId, "salesOrderId"),
        salesOrderId != null,
        id(productId, "productId"),
        productId != null,
        id(lotId, "lotId"),
        lotId != null);
  }

  /** Filters the caller set explicitly (null = none). */
  public static RefundFilter chosen(
      @Nullable Long salesOrderId, @Nullable Long productId, @Nullable Long lotId) {
    return new RefundFilter(salesOrderId, true, productId, true, lotId, true);
  }

  private static @Nullable Long id(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw FieldValidationException.of(field, "aftersales.refund.filter.invalid");
    }
  }
}
