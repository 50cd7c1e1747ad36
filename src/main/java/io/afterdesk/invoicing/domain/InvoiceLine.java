package io.afterdesk.invoicing.domain;

import io.afterdesk.common.LineAmounts;
import io.afterdesk.common.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of an invoice or credit note. Rounding (the one rule of the module): the subtotal is
 * quantity x unit price x (1 - discount %), rounded to the currency (half up); the tax is the
 * rounded subtotal x tax rate %, rounded the same way, per line. Document totals are the sums of
 * the rounded line amounts, so the lines always add up to the totals printed.
 */
@Table("invoice_line")
public class InvoiceLine {

  @Id private @Nullable Long id;
  private final @Nullable Long productId;
  private final String description;
  private final BigDecimal quantity;
  private final BigDecimal unitPrice;
  private final BigDecimal discount;
  private final BigDecimal taxRate;
  private final BigDecimal subtotal;
  private final BigDecimal tax;
  private final @Nullable Long salesOrderLineId;
  private final @Nullable Long creditedLineId;

  @PersistenceCreator
  InvoiceLine(
      @Nullable Long id,
      @Nullable Long productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      BigDecimal subtotal,
      BigDecimal tax,
      @Nullable Long salesOrderLineId,
      @Nullable Long creditedLineId) {
    this.id = id;
    this.productId = productId;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.discount = discount;
    this.taxRate = taxRate;
    this.subtotal = subtotal;
    this.tax = tax;
    this.salesOrderLineId = salesOrderLineId;
    this.creditedLineId = creditedLineId;
  }

  /**
   * A new line with its amounts computed in {@code currency}. The caller has checked the values
   * (see {@link io.afterdesk.common.LineRules}).
   */
  public static InvoiceLine of(
      @Nullable Long productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      @Nullable Long salesOrderLineId,
      @Nullable Long creditedLineId,
      Currency currency) {
    LineAmounts amounts = LineAmounts.of(quantity, unitPrice, discount, taxRate, currency);
    Money subtotal = amounts.subtotal();
    Money tax = amounts.tax();
    return new InvoiceLine(
        null,
        productId,
        description,
        quantity,
        unitPrice,
        discount,
        taxRate,
        subtotal.amount(),
        tax.amount(),
        salesOrderLineId,
        creditedLineId);
  }

  public @Nullable Long id() {
    return id;
  }

  public @Nullable Long productId() {
    return productId;
  }

  public String description() {
    return description;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public BigDecimal discount() {
    return discount;
  }

  public BigDecimal taxRate() {
    return taxRate;
  }

  public BigDecimal subtotal() {
    return subtotal;
  }

  public BigDecimal tax() {
    return tax;
  }

  public @Nullable Long salesOrderLineId() {
    return salesOrderLineId;
  }

  public @Nullable Long creditedLineId() {
    return creditedLineId;
  }
}
