package io.afterdesk.inventory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A product and quantity to move; {@code salesOrderLineId} is echoed back in events. */
public record TransferLine(long productId, BigDecimal quantity, @Nullable Long salesOrderLineId) {

  public static TransferLine of(long productId, BigDecimal quantity) {
    return new TransferLine(productId, quantity, null);
  }
}
