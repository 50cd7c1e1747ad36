package io.afterdesk.inventory;

import io.afterdesk.common.BusinessRuleException;
import java.math.BigDecimal;

/**
 * A return asked for more of a delivery move than can still come back. Callers read which move and
 * how much is left from the exception itself; the message stays "You cannot return more than was
 * delivered by {0}: {1} at most."
 */
public class ReturnExceedsDelivered extends BusinessRuleException {

  private final long moveId;
  private final BigDecimal max;

  public ReturnExceedsDelivered(long moveId, BigDecimal max, String deliveryNumber) {
    super(
        "inventory.return.exceeds-delivered",
        deliveryNumber,
        max.signum() == 0 ? "0" : max.stripTrailingZeros().toPlainString());
    this.moveId = moveId;
    this.max = max;
  }

  /** The delivery move asked for. */
  public long moveId() {
    return moveId;
  }

  /** What can still be returned of that move. */
  public BigDecimal max() {
    return max;
  }
}
