package io.afterdesk.aftersales.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LotChoice;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.ReturnRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Which confirmed return lines are accepted against what the delivery offers, and why not. */
class ReturnLinePolicyTests {

  static final LongFunction<String> LOT_NAMES = id -> "L" + id;

  static LineChoice plain(long moveId, String left) {
    return new LineChoice(
        moveId,
        100 + moveId,
        "Toaster",
        ReturnLinePolicy.UNIT,
        "NONE",
        new BigDecimal("5"),
        new BigDecimal("5").subtract(new BigDecimal(left)),
        new BigDecimal(left),
        List.of(),
        List.of());
  }

  static LineChoice serials(long moveId, long... lots) {
    List<LotChoice> offered =
        java.util.Arrays.stream(lots).mapToObj(l -> new LotChoice(l, "L" + l)).toList();
    return new LineChoice(
        moveId,
        200,
        "Phone",
        ReturnLinePolicy.UNIT,
        "SERIAL",
        new BigDecimal(lots.length),
        BigDecimal.ZERO,
        new BigDecimal(lots.length),
        offered,
        List.of());
  }

  static ReturnCommand.Line line(long moveId, String quantity, Long... lots) {
    return new ReturnCommand.Line(
        moveId, quantity == null ? null : new BigDecimal(quantity), List.of(lots));
  }

  static List<ReturnRequest.ReturnLine> accept(List<LineChoice> offered, ReturnCommand.Line... l) {
    return ReturnLinePolicy.accept(offered, List.of(l), LOT_NAMES);
  }

  static String keyOf(Throwable e) {
    return e instanceof FieldValidationException f
        ? f.errors().get(0).messageKey()
        : ((BusinessRuleException) e).messageKey();
  }

  @Test
  void linesWithinWhatIsLeftAreAcceptedAndZeroLinesAreDropped() {
    List<ReturnRequest.ReturnLine> lines =
        accept(List.of(plain(1, "3"), plain(2, "2")), line(1, "3"), line(2, "0"));

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).moveId()).isEqualTo(1);
    assertThat(lines.get(0).quantity()).isEqualByComparingTo("3");
  }

  @Test
  void moreThanIsLeftIsRefusedNamingWhatIsLeft() {
    assertThatThrownBy(() -> accept(List.of(plain(1, "3")), line(1, "4")))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("aftersales.return.exceeds");
              assertThat(e.arguments()[0]).isEqualTo("3");
              assertThat(e.arguments()[2]).isEqualTo("Toaster");
            });
  }

  @Test
  void aDeliveryWithNothingLeftRefusesEveryLine() {
    assertThatThrownBy(() -> accept(List.of(plain(1, "0")), line(1, "1")))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.nothing-to-return");
  }

  @Test
  void onlyZeroLinesAreRefusedAsZeroQuantity() {
    assertThatThrownBy(() -> accept(List.of(plain(1, "3")), line(1, "0")))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.zero-quantity");
  }

  @Test
  void unknownTwiceAndNegativeLinesAreFieldErrors() {
    List<LineChoice> offered = List.of(plain(1, "3"));
    assertThatThrownBy(() -> accept(offered, line(9, "1")))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.line.unknown");
    assertThatThrownBy(() -> accept(offered, line(1, "1"), line(1, "1")))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.line.twice");
    assertThatThrownBy(() -> accept(offered, line(1, "-1")))
        .isInstanceOf(FieldValidationException.class)
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.line.negative");
  }

  @Test
  void aSerialLineWithoutQuantityTakesTheNumberOfSerialsChosen() {
    List<ReturnRequest.ReturnLine> lines =
        accept(List.of(serials(1, 11, 12)), line(1, null, 11L, 12L));

    assertThat(lines.get(0).quantity()).isEqualByComparingTo("2");
    assertThat(lines.get(0).lotIds()).containsExactly(11L, 12L);
  }

  @Test
  void aLotNotOfferedIsRefusedByName() {
    assertThatThrownBy(() -> accept(List.of(serials(1, 11)), line(1, "1", 13L)))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("aftersales.return.lot-not-returnable");
              assertThat(e.arguments()).containsExactly("L13", "Phone");
            });
  }

  @Test
  void aLotChosenTwiceAndASerialCountOffTheQuantityAreRefused() {
    List<LineChoice> offered = List.of(serials(1, 11, 12));
    assertThatThrownBy(() -> accept(offered, line(1, "2", 11L, 11L)))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.lot-twice");
    assertThatThrownBy(() -> accept(offered, line(1, "2", 11L)))
        .extracting(ReturnLinePolicyTests::keyOf)
        .isEqualTo("aftersales.return.serial-count");
  }
}
