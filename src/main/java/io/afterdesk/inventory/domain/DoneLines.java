package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the done lines of a move obey: never more than planned, lines that add up to the
 * quantity done, a lot on every line of a tracked product and none on an untracked one, and a
 * serial standing for exactly one unit.
 */
final class DoneLines {

  private DoneLines() {}

  /** The lines of what was done (none when nothing was), or the refusal they earn. */
  static List<MoveLine> checked(DoneMove done, BigDecimal planned, ProductInfo product) {
    BigDecimal declared = done.quantity();
    if (declared.signum() < 0) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-not-negative");
    }
    if (declared.compareTo(planned) > 0) {
      throw new BusinessRuleException(
          "inventory.move.above-plan", product.name(), plain(declared), plain(planned));
    }
    List<MoveLine> given = declared.signum() == 0 ? List.of() : done.lines();
    checkLots(declared, given, product);
    if (given.stream().anyMatch(l -> l.quantity().signum() <= 0)) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-positive");
    }
    BigDecimal sum =
        given.stream().map(MoveLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(declared) != 0) {
      if (product.tracking() == Tracking.SERIAL) {
        throw new BusinessRuleException(
            "inventory.move.serial-count", product.name(), plain(declared), given.size());
      }
      throw new BusinessRuleException(
          "inventory.move.lines-mismatch", product.name(), plain(declared), plain(sum));
    }
    return given;
  }

  private static void checkLots(BigDecimal declared, List<MoveLine> given, ProductInfo product) {
    if (!product.tracking().tracked()) {
      if (given.stream().anyMatch(l -> l.lotId() != null)) {
        throw new BusinessRuleException("inventory.move.untracked-lot", product.name());
      }
      return;
    }
    if (declared.signum() > 0
        && (given.isEmpty() || given.stream().anyMatch(l -> l.lotId() == null))) {
      throw new BusinessRuleException("inventory.move.lots-required", product.name());
    }
    if (product.tracking() == Tracking.SERIAL) {
      Set<Long> serials = new HashSet<>();
      for (MoveLine line : given) {
        if (line.quantity().compareTo(BigDecimal.ONE) != 0 || !serials.add(line.lotId())) {
          throw new BusinessRuleException("inventory.move.serial-one-unit", product.name());
        }
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
