package io.afterdesk.common.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a document line as a form or an API request sends them (quantity, unit price,
 * discount, tax rate), parsed in one place for order, invoice and credit-note lines: each refusal
 * is a field error {@code <prefix><field>}, added to the caller's list, and the value is null.
 * Whether the values are acceptable is {@link io.afterdesk.common.LineRules}' question.
 */
public record LineNumbers(
    @Nullable BigDecimal quantity,
    @Nullable BigDecimal unitPrice,
    @Nullable BigDecimal discount,
    @Nullable BigDecimal taxRate) {

  /** A line of a page form: every number typed as text (a form's line record implements it). */
  public interface Typed {
    @Nullable String quantity();

    @Nullable String unitPrice();

    @Nullable String discount();

    @Nullable String taxRate();
  }

  /** A line of an API request: the price is money, the other numbers decimal text. */
  public interface Sent {
    @Nullable String quantity();

    @Nullable MoneyInput unitPrice();

    @Nullable String discount();

    @Nullable String taxRate();
  }

  /** The numbers of line {@code index} of a form, its errors named {@code lines[index].<field>}. */
  public static LineNumbers of(int index, Typed line, List<FieldError> errors) {
    String prefix = prefix(index);
    return new LineNumbers(
        Decimals.parse(line.quantity(), prefix + "quantity", errors),
        Decimals.parse(line.unitPrice(), prefix + "unitPrice", errors),
        Decimals.parse(line.discount(), prefix + "discount", errors),
        Decimals.parse(line.taxRate(), prefix + "taxRate", errors));
  }

  /** The numbers of line {@code index} of a request, its price in the company currency. */
  public static LineNumbers of(int index, Sent line, Currency currency, List<FieldError> errors) {
    String prefix = prefix(index);
    return new LineNumbers(
        Decimals.parse(line.quantity(), prefix + "quantity", errors),
        price(line.unitPrice(), currency, prefix + "unitPrice", errors),
        Decimals.parse(line.discount(), prefix + "discount", errors),
        Decimals.parse(line.taxRate(), prefix + "taxRate", errors));
  }

  private static String prefix(int index) {
    return "lines[" + index + "].";
  }

  /** A price of a request in the company currency, or null with its error added. */
  public static @Nullable BigDecimal price(
      @Nullable MoneyInput price, Currency currency, String field, List<FieldError> errors) {
    if (price == null) {
      return null;
    }
    try {
      return price.amountIn(currency, field);
    } catch (FieldValidationException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** The quantity, zero when none was given (the line rules then refuse it on its field). */
  public BigDecimal quantityOrZero() {
    return quantity == null ? BigDecimal.ZERO : quantity;
  }
}
