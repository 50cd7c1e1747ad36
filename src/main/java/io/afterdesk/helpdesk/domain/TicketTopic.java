package io.afterdesk.helpdesk.domain;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.common.FieldValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket is about: a product, its lot/serial and a sales order, each optional. The lot must
 * be one of the product, and the product tracked; the sales order is indicative.
 */
public record TicketTopic(
    @Nullable Long productId, @Nullable Long lotId, @Nullable Long salesOrderId) {

  static TicketTopic none() {
    return new TicketTopic(null, null, null);
  }

  TicketTopic about(@Nullable ProductSummary product, @Nullable LotSummary lot) {
    if (lot != null) {
      if (product == null || !product.tracking().tracked()) {
        throw FieldValidationException.of("lotId", "helpdesk.ticket.lot-untracked");
      }
      if (lot.productId() != product.id()) {
        throw FieldValidationException.of("lotId", "helpdesk.ticket.lot-of-other-product");
      }
    }
    return new TicketTopic(
        product == null ? null : product.id(), lot == null ? null : lot.id(), salesOrderId);
  }

  TicketTopic ofSalesOrder(@Nullable Long orderId) {
    return new TicketTopic(productId, lotId, orderId);
  }
}
