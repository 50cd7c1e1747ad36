package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LotChoice;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.ReturnRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Which of the lines an agent confirmed may come back, decided against what the delivery offers
 * (SPEC §5): each offered move once, no more than is left of it, only lots/serials it shipped and
 * that are not coming back already, as many serials as units. A line at zero is a removed line. No
 * database: inventory enforces the cap again under its lock.
 */
final class ReturnLinePolicy {

  static final String UNIT = "Units";

  /** The unit as a refusal names it, in the reader's language ({@code aftersales.unit.Units}). */
  static final MessageSourceResolvable UNIT_LABEL =
      new DefaultMessageSourceResolvable(new String[] {"aftersales.unit." + UNIT}, UNIT);

  private ReturnLinePolicy() {}

  /**
   * The return lines to ask inventory for; {@code lotName} names a lot that is refused (it may be
   * one the delivery never offered).
   */
  static List<ReturnRequest.ReturnLine> accept(
      Collection<LineChoice> offered,
      List<ReturnCommand.Line> lines,
      LongFunction<String> lotName) {
    Map<Long, LineChoice> byMove = new LinkedHashMap<>();
    offered.forEach(l -> byMove.put(l.moveId(), l));
    if (byMove.values().stream().allMatch(l -> l.quantity().signum() <= 0)) {
      throw new BusinessRuleException("aftersales.return.nothing-to-return");
    }
    List<ReturnRequest.ReturnLine> accepted = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ReturnCommand.Line line : lines) {
      LineChoice choice = byMove.get(line.moveId());
      if (choice == null) {
        throw FieldValidationException.of("lines", "aftersales.return.line.unknown", line.moveId());
      }
      if (!seen.add(line.moveId())) {
        throw FieldValidationException.of("lines", "aftersales.return.line.twice", line.moveId());
      }
      BigDecimal quantity = quantityOf(line);
      if (quantity.signum() > 0) {
        checkLine(choice, line, quantity, lotName);
        accepted.add(new ReturnRequest.ReturnLine(line.moveId(), quantity, line.lotIds()));
      }
    }
    if (accepted.isEmpty()) {
      throw new BusinessRuleException("aftersales.return.zero-quantity");
    }
    return accepted;
  }

  /** The quantity given, else (a serial line) the number of serials chosen; never negative. */
  private static BigDecimal quantityOf(ReturnCommand.Line line) {
    BigDecimal quantity =
        line.quantity() == null ? new BigDecimal(line.lotIds().size()) : line.quantity();
    if (quantity.signum() < 0) {
      throw FieldValidationException.of("lines", "aftersales.return.line.negative");
    }
    return quantity;
  }

  private static void checkLine(
      LineChoice choice,
      ReturnCommand.Line line,
      BigDecimal quantity,
      LongFunction<String> lotName) {
    if (quantity.compareTo(choice.quantity()) > 0) {
      throw exceeds(choice.quantity(), choice.productName());
    }
    Set<Long> available = new HashSet<>(choice.lots().stream().map(LotChoice::id).toList());
    for (long lot : line.lotIds()) {
      if (!available.contains(lot)) {
        throw new BusinessRuleException(
            "aftersales.return.lot-not-returnable", lotName.apply(lot), choice.productName());
      }
    }
    if (new HashSet<>(line.lotIds()).size() != line.lotIds().size()) {
      throw FieldValidationException.of("lines", "aftersales.return.lot-twice");
    }
    if ("SERIAL".equals(choice.tracking())
        && !line.lotIds().isEmpty()
        && quantity.compareTo(new BigDecimal(line.lotIds().size())) != 0) {
      throw FieldValidationException.of("lines", "aftersales.return.serial-count");
    }
  }

  /** "You cannot return more than <n> Units of <product>." */
  static BusinessRuleException exceeds(BigDecimal max, String productName) {
    return new BusinessRuleException(
        "aftersales.return.exceeds", plain(max), UNIT_LABEL, productName);
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
