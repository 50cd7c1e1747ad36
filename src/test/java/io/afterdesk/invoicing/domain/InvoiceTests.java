package io.afterdesk.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.Money;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.invoicing.InvoiceState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The invoice aggregate: its state machine, edit guard, posting rules, totals and rounding. */
class InvoiceTests {

  private static final Currency USD = Currency.getInstance("USD");

  static InvoiceLine line(String quantity, String price, String discount, String tax) {
    return InvoiceLine.of(
        null,
        "Item",
        new BigDecimal(quantity),
        new BigDecimal(price),
        new BigDecimal(discount),
        new BigDecimal(tax),
        null,
        null,
        USD);
  }

  static Invoice draft(InvoiceLine... lines) {
    return Invoice.draftInvoice(
        1, 7, null, null, null, LocalDate.of(2026, 3, 1), null, USD, List.of(lines));
  }

  static Invoice in(InvoiceState state) {
    Invoice invoice = draft(line("1", "10", "0", "10"));
    if (state == InvoiceState.POSTED) {
      invoice.post(() -> "INV/2026/00001", Instant.now());
    } else if (state == InvoiceState.CANCELLED) {
      invoice.cancel();
    }
    return invoice;
  }

  enum Action {
    POST(InvoiceState.POSTED),
    CANCEL(InvoiceState.CANCELLED);

    final InvoiceState target;

    Action(InvoiceState target) {
      this.target = target;
    }

    void apply(Invoice invoice) {
      if (this == POST) {
        invoice.post(() -> "INV/2026/00002", Instant.now());
      } else {
        invoice.cancel();
      }
    }
  }

  static Stream<Arguments> everyStateAndAction() {
    List<Arguments> all = new ArrayList<>();
    for (InvoiceState state : InvoiceState.values()) {
      for (Action action : Action.values()) {
        all.add(Arguments.of(state, action, state.canBecome(action.target)));
      }
    }
    return all.stream();
  }

  @Test
  void theTransitionTableIsDraftToPostedOrCancelledAndPostedToCancelled() {
    assertThat(allowed(InvoiceState.DRAFT))
        .containsExactlyInAnyOrder(InvoiceState.POSTED, InvoiceState.CANCELLED);
    assertThat(allowed(InvoiceState.POSTED)).containsExactly(InvoiceState.CANCELLED);
    assertThat(allowed(InvoiceState.CANCELLED)).isEmpty();
  }

  private static List<InvoiceState> allowed(InvoiceState from) {
    return Arrays.stream(InvoiceState.values()).filter(from::canBecome).toList();
  }

  @ParameterizedTest(name = "{0} --{1}--> allowed: {2}")
  @MethodSource("everyStateAndAction")
  void everyActionInEveryStateFollowsTheTable(InvoiceState from, Action action, boolean allowed) {
    Invoice invoice = in(from);
    String numberBefore = invoice.number();
    if (allowed) {
      action.apply(invoice);
      assertThat(invoice.state()).isEqualTo(action.target);
      if (from == InvoiceState.POSTED) {
        assertThat(invoice.number())
            .as("a cancelled posted document keeps its number")
            .isEqualTo(numberBefore);
      }
    } else {
      assertThatThrownBy(() -> action.apply(invoice))
          .isInstanceOf(TransitionRefused.class)
          .satisfies(
              e -> {
                TransitionRefused refused = (TransitionRefused) e;
                assertThat(refused.from()).isEqualTo(from);
                assertThat(refused.to()).isEqualTo(action.target);
                assertThat(refused.arguments()).containsExactly(from.name(), action.target.name());
              });
      assertThat(invoice.state()).isEqualTo(from);
      assertThat(invoice.number()).isEqualTo(numberBefore);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = InvoiceState.class,
      names = {"POSTED", "CANCELLED"})
  void onlyDraftsAreEdited(InvoiceState state) {
    Invoice invoice = in(state);
    assertThatThrownBy(() -> invoice.replaceLines(List.of(line("2", "5", "0", "0"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.invoice.not-draft");
    assertThatThrownBy(() -> invoice.changeHeader(null, "x", null, null))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(invoice.lines()).hasSize(1);
  }

  @Test
  void aDraftsLinesCanBeReplacedAndTheTotalsFollow() {
    Invoice invoice = draft(line("1", "10", "0", "10"));
    invoice.replaceLines(List.of(line("2", "5", "0", "0"), line("1", "1", "0", "10")));
    assertThat(invoice.lines()).hasSize(2);
    assertThat(invoice.untaxed()).isEqualTo(Money.of("11", "USD"));
    assertThat(invoice.tax()).isEqualTo(Money.of("0.10", "USD"));
    assertThat(invoice.total()).isEqualTo(Money.of("11.10", "USD"));
  }

  @Test
  void postingNeedsALineAndANonZeroTotalAndDrawsNoNumberWhenRefused() {
    AtomicInteger drawn = new AtomicInteger();
    Invoice empty = draft();
    assertThatThrownBy(() -> empty.post(() -> "N" + drawn.incrementAndGet(), Instant.now()))
        .hasMessageContaining("invoicing.invoice.no-lines");
    Invoice free = draft(line("1", "0", "0", "10"));
    assertThatThrownBy(() -> free.post(() -> "N" + drawn.incrementAndGet(), Instant.now()))
        .hasMessageContaining("invoicing.invoice.zero-total");
    assertThat(drawn).hasValue(0);
    assertThat(empty.state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(empty.number()).isNull();
  }

  @Test
  void postingGivesTheNumberAndTheDate() {
    Invoice invoice = draft(line("1", "10", "0", "10"));
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    invoice.post(() -> "INV/2026/00042", now);
    assertThat(invoice.number()).isEqualTo("INV/2026/00042");
    assertThat(invoice.postedAt()).isEqualTo(now);
    assertThat(invoice.fiscalYear()).isEqualTo(2026);
  }

  @Test
  void aLineSubtotalIsRoundedToTheCurrencyAfterTheDiscount() {
    // 3 x 3.335 = 10.005 -> 10.01 (half up); 10 % discount of 3 x 9.99 = 26.973 -> 26.97
    assertThat(line("3", "3.335", "0", "0").subtotal()).isEqualByComparingTo("10.01");
    assertThat(line("3", "9.99", "10", "0").subtotal()).isEqualByComparingTo("26.97");
    assertThat(line("1", "100", "100", "10").subtotal()).isEqualByComparingTo("0");
    assertThat(line("0.5", "0.01", "0", "0").subtotal()).isEqualByComparingTo("0.01");
  }

  @Test
  void taxIsRoundedPerLineAndTheTotalIsTheSumOfRoundedLines() {
    // each line: 0.05 x 10 % = 0.005 -> 0.01; three lines: tax 0.03 (not round(0.015) = 0.02)
    InvoiceLine small = line("1", "0.05", "0", "10");
    assertThat(small.tax()).isEqualByComparingTo("0.01");
    Invoice invoice = draft(small, line("1", "0.05", "0", "10"), line("1", "0.05", "0", "10"));
    assertThat(invoice.untaxed()).isEqualTo(Money.of("0.15", "USD"));
    assertThat(invoice.tax()).isEqualTo(Money.of("0.03", "USD"));
    assertThat(invoice.total()).isEqualTo(Money.of("0.18", "USD"));
  }

  @Test
  void aRealisticInvoiceAddsUp() {
    // 2 x 1249.00 at 10 % tax, 5 % discount on 3 x 9.90, a service at 0 %
    Invoice invoice =
        draft(
            line("2", "1249.00", "0", "10"),
            line("3", "9.90", "5", "10"),
            line("1.5", "45", "0", "0"));
    assertThat(invoice.untaxed()).isEqualTo(Money.of("2593.72", "USD"));
    // 2498.00 + 28.22 + 67.50 = 2593.72; tax 249.80 + 2.82 = 252.62
    assertThat(invoice.tax()).isEqualTo(Money.of("252.62", "USD"));
    assertThat(invoice.total()).isEqualTo(Money.of("2846.34", "USD"));
  }
}
