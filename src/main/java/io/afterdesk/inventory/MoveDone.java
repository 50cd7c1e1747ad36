package io.afterdesk.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * What was done of one move when validating: the quantity (zero to the planned quantity) and, for
 * tracked products, the lots/serials (a serial is exactly one unit, so as many serials as units;
 * for lots at an internal source the quantity is taken from the lots in the order given, as far as
 * each has stock, the last lot taking the rest).
 */
public record MoveDone(long moveId, BigDecimal quantity, List<Long> lotIds) {

  public MoveDone {
    lotIds = List.copyOf(lotIds);
  }
}
