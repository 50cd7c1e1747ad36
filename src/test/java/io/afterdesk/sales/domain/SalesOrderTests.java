package io.afterdesk.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.Money;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sales order aggregate: its state machine, totals and rounding, line defaults, invoicing. */
class SalesOrderTests {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency VND = Currency.getInstance("VND");

  // ---- state machine -------------------------------------------------------------------------

  static Stream<Arguments> everyTransition() {
    Map<SalesOrderState, List<SalesOrderState>> allowed =
        Map.of(
            SalesOrderState.QUOTATION, List.of(SalesOrderState.SALE, SalesOrderState.CANCELLED),
            SalesOrderState.SALE, List.of(SalesOrderState.CANCELLED),
            SalesOrderState.CANCELLED, List.of());
    List<Arguments> all = new ArrayList<>();
    for (SalesOrderState from : SalesOrderState.values()) {
      for (SalesOrderState to : SalesOrderState.values()) {
        all.add(Arguments.of(from, to, allowed.get(from).contains(to)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("everyTransition")
  void theTransitionTableAllowsExactlyTheLifeOfAnOrder(
      SalesOrderState from, SalesOrderState to, boolean allowed) {
    assertThat(from.canBecome(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("everyTransition")
  void theOrderMovesOnlyAlongTheTableAndNamesBothStatesWhenRefused(
      SalesOrderState from, SalesOrderState to, boolean allowed) {
    if (to == SalesOrderState.QUOTATION) {
      return; // no intention leads back to a quotation
    }
    SalesOrder order = orderIn(from);
    Runnable move = to == SalesOrderState.SALE ? () -> order.confirm(Instant.now()) : order::cancel;
    if (allowed) {
      move.run();
      assertThat(order.state()).isEqualTo(to);
    } else {
      assertThatThrownBy(move::run)
          .isInstanceOfSatisfying(
              TransitionRefused.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
                assertThat(e.messageKey()).isEqualTo("sales.order.transition");
                assertThat(e.arguments()).containsExactly("S00001", from.name(), to.name());
              });
      assertThat(order.state()).isEqualTo(from);
    }
  }

  @Test
  void confirmingStampsTheConfirmationTime() {
    SalesOrder order = quotation(goodsLine(1L, "1", "10"));
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    order.confirm(now);
    assertThat(order.confirmedAt()).isEqualTo(now);
  }

  @Test
  void aQuotationWithoutLinesCannotBeConfirmed() {
    SalesOrder order = quotation();
    assertThatThrownBy(() -> order.confirm(Instant.now()))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sales.order.no-lines"));
    assertThat(order.state()).isEqualTo(SalesOrderState.QUOTATION);
  }

  @Test
  void aQuotationsLinesAreEditableAConfirmedOrdersAreNot() {
    SalesOrder order = quotation(goodsLine(1L, "1", "10"));
    order.changeQuotation(
        7L,
        LocalDate.of(2026, 2, 1),
        3L,
        List.of(goodsLine(2L, "2", "10"), goodsLine(3L, "1", "5")));
    assertThat(order.customerId()).isEqualTo(7L);
    assertThat(order.lines()).hasSize(2);
    assertThat(order.untaxed()).isEqualTo(Money.of("25", "USD"));

    order.confirm(Instant.now());
    assertThatThrownBy(
            () -> order.changeQuotation(7L, LocalDate.now(), 3L, List.of(goodsLine(4L, "1", "1"))))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sales.order.not-quotation"));
    assertThat(order.lines()).hasSize(2);
  }

  // ---- totals and rounding -------------------------------------------------------------------

  @Test
  void lineAmountsAreRoundedPerLineHalfUpAndTotalsAreTheirSums() {
    // 3 x 10.005 = 30.015 -> 30.02; tax 10 % of 30.02 = 3.002 -> 3.00
    SalesOrderLine first =
        SalesOrderLine.of(
            1L,
            ProductType.GOODS,
            "A",
            new BigDecimal("3"),
            new BigDecimal("10.005"),
            BigDecimal.ZERO,
            BigDecimal.TEN,
            USD);
    // 1 x 9.99 less 12.5 % = 8.74125 -> 8.74; tax 10 % of 8.74 = 0.874 -> 0.87
    SalesOrderLine second =
        SalesOrderLine.of(
            2L,
            ProductType.SERVICE,
            "B",
            BigDecimal.ONE,
            new BigDecimal("9.99"),
            new BigDecimal("12.5"),
            BigDecimal.TEN,
            USD);
    assertThat(first.subtotal()).isEqualByComparingTo("30.02");
    assertThat(first.tax()).isEqualByComparingTo("3.00");
    assertThat(second.subtotal()).isEqualByComparingTo("8.74");
    assertThat(second.tax()).isEqualByComparingTo("0.87");

    SalesOrder order = quotation(first, second);
    assertThat(order.untaxed()).isEqualTo(Money.of("38.76", "USD"));
    assertThat(order.tax()).isEqualTo(Money.of("3.87", "USD"));
    assertThat(order.total()).isEqualTo(Money.of("42.63", "USD"));
  }

  @Test
  void amountsAreRoundedToTheCurrencysDecimals() {
    SalesOrderLine line =
        SalesOrderLine.of(
            1L,
            ProductType.GOODS,
            "A",
            new BigDecimal("3"),
            new BigDecimal("1000.5"),
            BigDecimal.ZERO,
            new BigDecimal("8"),
            VND);
    assertThat(line.subtotal()).isEqualByComparingTo("3002"); // 3001.5 -> 3002
    assertThat(line.tax()).isEqualByComparingTo("240"); // 240.16 -> 240
  }

  @Test
  void aFullDiscountMakesAZeroLine() {
    SalesOrderLine line =
        SalesOrderLine.of(
            1L,
            ProductType.GOODS,
            "A",
            BigDecimal.ONE,
            new BigDecimal("50"),
            new BigDecimal("100"),
            BigDecimal.TEN,
            USD);
    assertThat(line.subtotal()).isEqualByComparingTo("0");
    assertThat(line.tax()).isEqualByComparingTo("0");
  }

  // ---- line defaults -------------------------------------------------------------------------

  @Test
  void blanksOfALineComeFromTheProduct() {
    List<FieldError> errors = new ArrayList<>();
    SalesOrderLine line =
        SalesOrderLine.of(
            laptop(),
            new SalesOrderLineInput(9L, null, new BigDecimal("2"), null, null, null),
            USD,
            0,
            errors);
    assertThat(errors).isEmpty();
    assertThat(line).isNotNull();
    assertThat(line.productId()).isEqualTo(9L);
    assertThat(line.productType()).isEqualTo(ProductType.GOODS);
    assertThat(line.description()).isEqualTo("[LAP-1] Laptop");
    assertThat(line.unitPrice()).isEqualByComparingTo("1249.00");
    assertThat(line.taxRate()).isEqualByComparingTo("8");
    assertThat(line.discount()).isEqualByComparingTo("0");
    assertThat(line.subtotal()).isEqualByComparingTo("2498.00");
  }

  @Test
  void whatIsGivenOverridesTheProduct() {
    List<FieldError> errors = new ArrayList<>();
    SalesOrderLine line =
        SalesOrderLine.of(
            laptop(),
            new SalesOrderLineInput(
                9L,
                "Laptop, demo unit",
                BigDecimal.ONE,
                new BigDecimal("1000"),
                new BigDecimal("10"),
                BigDecimal.ZERO),
            USD,
            0,
            errors);
    assertThat(errors).isEmpty();
    assertThat(line.description()).isEqualTo("Laptop, demo unit");
    assertThat(line.unitPrice()).isEqualByComparingTo("1000");
    assertThat(line.discount()).isEqualByComparingTo("10");
    assertThat(line.taxRate()).isEqualByComparingTo("0");
    assertThat(line.subtotal()).isEqualByComparingTo("900.00");
    assertThat(line.tax()).isEqualByComparingTo("0");
  }

  @Test
  void refusedLineValuesAreReportedOnTheirField() {
    List<FieldError> errors = new ArrayList<>();
    SalesOrderLine line =
        SalesOrderLine.of(
            laptop(),
            new SalesOrderLineInput(
                9L,
                null,
                BigDecimal.ZERO,
                new BigDecimal("-1"),
                new BigDecimal("101"),
                new BigDecimal("-5")),
            USD,
            2,
            errors);
    assertThat(line).isNull();
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "lines[2].quantity", "lines[2].unitPrice", "lines[2].discount", "lines[2].taxRate");
  }

  // ---- what is invoiceable -------------------------------------------------------------------

  @Test
  void goodsInvoiceWhatWasDeliveredServicesWhatWasOrderedLessWhatIsInvoiced() {
    SalesOrder order =
        saved(
            SalesOrderState.SALE,
            line(11L, ProductType.GOODS, "5"),
            line(12L, ProductType.SERVICE, "2"),
            line(13L, ProductType.GOODS, "3"),
            line(14L, ProductType.GOODS, "1"));
    Map<Long, BigDecimal> delivered =
        Map.of(11L, new BigDecimal("3"), 13L, new BigDecimal("3"), 14L, BigDecimal.ZERO);
    Map<Long, BigDecimal> invoiced = Map.of(11L, BigDecimal.ONE, 13L, new BigDecimal("3"));

    Map<Long, BigDecimal> invoiceable = order.invoiceable(delivered, invoiced);

    assertThat(invoiceable).containsOnlyKeys(11L, 12L);
    assertThat(invoiceable.get(11L)).isEqualByComparingTo("2");
    assertThat(invoiceable.get(12L)).isEqualByComparingTo("2");
  }

  @Test
  void returnsAfterInvoicingNeverMakeANegativeQuantityToInvoice() {
    SalesOrder order = saved(SalesOrderState.SALE, line(11L, ProductType.GOODS, "2"));
    // two delivered and invoiced, then one returned: delivered net 1 < invoiced 2
    Map<Long, BigDecimal> invoiceable =
        order.invoiceable(Map.of(11L, BigDecimal.ONE), Map.of(11L, new BigDecimal("2")));
    assertThat(invoiceable).isEmpty();
  }

  @Test
  void creditNotesMakeTheCreditedQuantityInvoiceableAgain() {
    SalesOrder order = saved(SalesOrderState.SALE, line(12L, ProductType.SERVICE, "4"));
    // invoiced 4, credited 1: the invoiced quantity reads 3
    assertThat(order.invoiceable(Map.of(), Map.of(12L, new BigDecimal("3"))).get(12L))
        .isEqualByComparingTo("1");
  }

  @Test
  void onlyAConfirmedOrderHasAnythingToInvoice() {
    for (SalesOrderState state : List.of(SalesOrderState.QUOTATION, SalesOrderState.CANCELLED)) {
      SalesOrder order = saved(state, line(12L, ProductType.SERVICE, "4"));
      assertThat(order.invoiceable(Map.of(), Map.of())).isEmpty();
    }
  }

  @Test
  void onlyGoodsAreDelivered() {
    SalesOrder order =
        saved(
            SalesOrderState.QUOTATION,
            line(11L, ProductType.GOODS, "1"),
            line(12L, ProductType.SERVICE, "1"));
    assertThat(order.goodsLines()).extracting(SalesOrderLine::id).containsExactly(11L);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static ProductSummary laptop() {
    return new ProductSummary(
        9L,
        "Laptop",
        "LAP-1",
        ProductType.GOODS,
        Tracking.SERIAL,
        Money.of("1249.00", "USD"),
        Money.of("900", "USD"),
        new BigDecimal("8"),
        true,
        true);
  }

  private static SalesOrderLine goodsLine(long productId, String quantity, String price) {
    return SalesOrderLine.of(
        productId,
        ProductType.GOODS,
        "P" + productId,
        new BigDecimal(quantity),
        new BigDecimal(price),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        USD);
  }

  /** A saved line (with an id). */
  private static SalesOrderLine line(long id, ProductType type, String quantity) {
    return new SalesOrderLine(
        id,
        100 + id,
        type,
        "Line " + id,
        new BigDecimal(quantity),
        BigDecimal.TEN,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.TEN.multiply(new BigDecimal(quantity)),
        BigDecimal.ZERO);
  }

  private static SalesOrder quotation(SalesOrderLine... lines) {
    return SalesOrder.quotation(
        "S00001",
        5L,
        LocalDate.of(2026, 1, 15),
        2L,
        USD,
        List.of(lines),
        Instant.parse("2026-01-15T09:00:00Z"));
  }

  /** A saved order in a state, as the repository would load it. */
  private static SalesOrder saved(SalesOrderState state, SalesOrderLine... lines) {
    return new SalesOrder(
        1L,
        1L,
        "S00001",
        state,
        5L,
        LocalDate.of(2026, 1, 15),
        2L,
        "USD",
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        Instant.now(),
        null,
        List.of(lines));
  }

  private static SalesOrder orderIn(SalesOrderState state) {
    SalesOrder order = quotation(goodsLine(1L, "1", "10"));
    if (state == SalesOrderState.SALE) {
      order.confirm(Instant.now());
    } else if (state == SalesOrderState.CANCELLED) {
      order.cancel();
    }
    return order;
  }
}
