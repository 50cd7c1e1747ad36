package io.afterdesk.sales.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.Money;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.sales.SalesOrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A quotation or sales order. A quotation can be edited (customer, date, salesperson, lines);
 * confirming it freezes the lines; a confirmed order can only be cancelled. Totals are the sums of
 * the rounded line amounts (see {@link SalesOrderLine}).
 */
@Table("sales_order")
public class SalesOrder {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private final String number;
  private SalesOrderState state;
  private long customerId;
  private LocalDate orderDate;
  private @Nullable Long salespersonId;
  private final String currency;
  private BigDecimal amountUntaxed;
  private BigDecimal amountTax;
  private BigDecimal amountTotal;
  private final Instant createdAt;
  private @Nullable Instant confirmedAt;

  @MappedCollection(idColumn = "sales_order_id", keyColumn = "line_no")
  private List<SalesOrderLine> lines;

  @PersistenceCreator
  SalesOrder(
      @Nullable Long id,
      @Nullable Long version,
      String number,
      SalesOrderState state,
      long customerId,
      LocalDate orderDate,
      @Nullable Long salespersonId,
      String currency,
      BigDecimal amountUntaxed,
      BigDecimal amountTax,
      BigDecimal amountTotal,
      Instant createdAt,
      @Nullable Instant confirmedAt,
      List<SalesOrderLine> lines) {
    this.id = id;
    this.version = version;
    this.number = number;
    this.state = state;
    this.customerId = customerId;
    this.orderDate = orderDate;
    this.salespersonId = salespersonId;
    this.currency = currency.trim();
    this.amountUntaxed = amountUntaxed;
    this.amountTax = amountTax;
    this.amountTotal = amountTotal;
    this.createdAt = createdAt;
    this.confirmedAt = confirmedAt;
    this.lines = new ArrayList<>(lines);
  }

  /** A new quotation numbered {@code number}, created at {@code createdAt}. */
  public static SalesOrder quotation(
      String number,
      long customerId,
      LocalDate orderDate,
      @Nullable Long salespersonId,
      Currency currency,
      List<SalesOrderLine> lines,
      Instant createdAt) {
    SalesOrder order =
        new SalesOrder(
            null,
            null,
            number,
            SalesOrderState.QUOTATION,
            customerId,
            orderDate,
            salespersonId,
            currency.getCurrencyCode(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            createdAt,
            null,
            List.of());
    order.replaceLines(lines);
    return order;
  }

  /** Changes what a quotation holds (409 once it is confirmed or cancelled). */
  public void changeQuotation(
      long newCustomerId,
      LocalDate newOrderDate,
      @Nullable Long newSalespersonId,
      List<SalesOrderLine> newLines) {
    requireQuotation();
    this.customerId = newCustomerId;
    this.orderDate = newOrderDate;
    this.salespersonId = newSalespersonId;
    replaceLines(newLines);
  }

  private void replaceLines(List<SalesOrderLine> newLines) {
    this.lines = new ArrayList<>(newLines);
    BigDecimal untaxed = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (SalesOrderLine line : lines) {
      untaxed = untaxed.add(line.subtotal());
      tax = tax.add(line.tax());
    }
    this.amountUntaxed = untaxed;
    this.amountTax = tax;
    this.amountTotal = untaxed.add(tax);
  }

  /** Confirms a quotation into a sales order; it needs at least one line. */
  public void confirm(Instant now) {
    transitionTo(SalesOrderState.SALE);
    if (lines.isEmpty()) {
      throw new BusinessRuleException("sales.order.no-lines", number);
    }
    this.state = SalesOrderState.SALE;
    this.confirmedAt = now;
  }

  /**
   * Cancels a quotation or a sales order. Whether a sales order may be cancelled (no done delivery,
   * no posted invoice) is checked by the caller, who knows its documents.
   */
  public void cancel() {
    transitionTo(SalesOrderState.CANCELLED);
    this.state = SalesOrderState.CANCELLED;
  }

  private void transitionTo(SalesOrderState target) {
    if (!state.canBecome(target)) {
      throw new TransitionRefused("sales.order.transition", number, state, target);
    }
  }

  /** Throws 409 unless the order is a quotation (a confirmed order's lines are frozen). */
  public void requireQuotation() {
    if (state != SalesOrderState.QUOTATION) {
      throw new BusinessRuleException("sales.order.not-quotation", number, state.name());
    }
  }

  /** The lines to deliver: goods (services are not delivered). */
  public List<SalesOrderLine> goodsLines() {
    return lines.stream().filter(l -> !l.isService()).toList();
  }

  /**
   * Per line, what can be invoiced now (see {@link SalesOrderLine#invoiceable}), only the lines
   * with something left, in line order. Nothing while the order is not confirmed.
   *
   * @param delivered delivered quantity per line id (net of returns; absent = 0)
   * @param invoiced invoiced quantity per line id (net of credit notes; absent = 0)
   */
  public Map<Long, BigDecimal> invoiceable(
      Map<Long, BigDecimal> delivered, Map<Long, BigDecimal> invoiced) {
    Map<Long, BigDecimal> result = new LinkedHashMap<>();
    if (state != SalesOrderState.SALE) {
      return result;
    }
    for (SalesOrderLine line : lines) {
      BigDecimal left =
          line.invoiceable(
              delivered.getOrDefault(line.id(), BigDecimal.ZERO),
              invoiced.getOrDefault(line.id(), BigDecimal.ZERO));
      if (left.signum() > 0) {
        result.put(line.id(), left);
      }
    }
    return result;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The sales order is not saved yet");
    }
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public String number() {
    return number;
  }

  public SalesOrderState state() {
    return state;
  }

  public long customerId() {
    return customerId;
  }

  public LocalDate orderDate() {
    return orderDate;
  }

  public @Nullable Long salespersonId() {
    return salespersonId;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money untaxed() {
    return new Money(amountUntaxed, currency());
  }

  public Money tax() {
    return new Money(amountTax, currency());
  }

  public Money total() {
    return new Money(amountTotal, currency());
  }

  public Instant createdAt() {
    return createdAt;
  }

  public @Nullable Instant confirmedAt() {
    return confirmedAt;
  }

  public List<SalesOrderLine> lines() {
    return List.copyOf(lines);
  }

  public SalesOrderLine line(long lineId) {
    return lines.stream()
        .filter(l -> l.idOrNull() != null && l.id() == lineId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No line " + lineId));
  }
}
