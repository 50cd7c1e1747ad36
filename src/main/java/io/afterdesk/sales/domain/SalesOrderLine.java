package io.afterdesk.sales.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.LineAmounts;
import io.afterdesk.common.LineRules;
import io.afterdesk.common.Money;
import io.afterdesk.sales.SalesOrderLineInput;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of a sales order. Rounding is invoicing's, so an invoice of the whole order shows the same
 * amounts: the subtotal is quantity x unit price x (1 - discount %), rounded to the currency (half
 * up); the tax is the rounded subtotal x tax rate %, rounded the same way, per line; order totals
 * are the sums of the rounded line amounts.
 */
@Table("sales_order_line")
public class SalesOrderLine {

  @Id private @Nullable Long id;
  private final long productId;
  private final ProductType productType;
  private final String description;
  private final BigDecimal quantity;
  private final BigDecimal unitPrice;
  private final BigDecimal discount;
  private final BigDecimal taxRate;
  private final BigDecimal subtotal;
  private final BigDecimal tax;

  @PersistenceCreator
  SalesOrderLine(
      @Nullable Long id,
      long productId,
      ProductType productType,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      BigDecimal subtotal,
      BigDecimal tax) {
    this.id = id;
    this.productId = productId;
    this.productType = productType;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.discount = discount;
    this.taxRate = taxRate;
    this.subtotal = subtotal;
    this.tax = tax;
  }

  /**
   * A line of {@code product} as given, the blanks taken from the product (description: its name;
   * unit price: its sales price; tax: its tax rate; discount: 0). Values the {@link LineRules}
   * refuse are added to {@code errors} as {@code lines[index].<field>} and null is answered.
   */
  public static @Nullable SalesOrderLine of(
      ProductSummary product,
      SalesOrderLineInput input,
      Currency currency,
      int index,
      List<FieldError> errors) {
    String description =
        input.description() == null || input.description().isBlank()
            ? product.displayName()
            : input.description().trim();
    BigDecimal unitPrice =
        input.unitPrice() == null ? product.salesPrice().amount() : input.unitPrice();
    BigDecimal discount = input.discount() == null ? BigDecimal.ZERO : input.discount();
    BigDecimal taxRate = input.taxRate() == null ? product.taxRate() : input.taxRate();
    LineRules.Line line =
        new LineRules.Line(description, input.quantity(), unitPrice, discount, taxRate);
    if (!LineRules.accepts("lines[" + index + "].", line, errors) || input.quantity() == null) {
      return null;
    }
    return of(
        product.id(),
        product.type(),
        description,
        input.quantity(),
        unitPrice,
        discount,
        taxRate,
        currency);
  }

  /** A line with its amounts computed in {@code currency} (the values are checked already). */
  static SalesOrderLine of(
      long productId,
      ProductType productType,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      Currency currency) {
    LineAmounts amounts = LineAmounts.of(quantity, unitPrice, discount, taxRate, currency);
    Money subtotal = amounts.subtotal();
    Money tax = amounts.tax();
    return new SalesOrderLine(
        null,
        productId,
        productType,
        description,
        quantity,
        unitPrice,
        discount,
        taxRate,
        subtotal.amount(),
        tax.amount());
  }

  /**
   * What can be invoiced now: for goods what was delivered (net of returns), for services what was
   * ordered, less what is invoiced already (net of credit notes); never below zero.
   */
  public BigDecimal invoiceable(BigDecimal delivered, BigDecimal invoiced) {
    BigDecimal basis = isService() ? quantity : delivered;
    return basis.subtract(invoiced).max(BigDecimal.ZERO);
  }

  public boolean isService() {
    return productType == ProductType.SERVICE;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The line is not saved yet");
    }
    return id;
  }

  public @Nullable Long idOrNull() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public ProductType productType() {
    return productType;
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
}
