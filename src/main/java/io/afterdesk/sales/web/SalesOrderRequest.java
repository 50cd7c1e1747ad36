package io.afterdesk.sales.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.LineNumbers;
import io.afterdesk.common.web.MoneyInput;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderLineView;
import io.afterdesk.sales.SalesOrderView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quotation as the API accepts it (create, or a PATCH merged onto the quotation). Quantities and
 * percents are decimal strings (numbers accepted), prices money objects or decimal strings; a
 * missing unit price, tax rate or description takes the product's.
 */
record SalesOrderRequest(
    @Nullable Long customerId,
    @Nullable LocalDate orderDate,
    @Nullable Long salespersonId,
    @Valid @Size(max = 500) @Nullable List<LineRequest> lines) {

  /** A line: product, quantity, and optionally description, price, discount and tax. */
  record LineRequest(
      @Nullable Long productId,
      @Size(max = 1000) @Nullable String description,
      @Nullable String quantity,
      @Nullable MoneyInput unitPrice,
      @Nullable String discount,
      @Nullable String taxRate)
      implements LineNumbers.Sent {

    static LineRequest of(SalesOrderLineView line) {
      return new LineRequest(
          line.productId(),
          line.description(),
          line.quantity().toPlainString(),
          MoneyInput.of(line.unitPrice().amount(), line.unitPrice().currency()),
          line.discount().toPlainString(),
          line.taxRate().toPlainString());
    }
  }

  static SalesOrderRequest of(SalesOrderView order) {
    return new SalesOrderRequest(
        order.customerId(),
        order.orderDate(),
        order.salespersonId(),
        order.lines().stream().map(LineRequest::of).toList());
  }

  SalesOrderDraft toDraft(Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    if (customerId == null) {
      errors.add(new FieldError("customerId", "sales.order.customer.required"));
    }
    List<SalesOrderLineInput> inputs = new ArrayList<>();
    List<LineRequest> given = lines == null ? List.of() : lines;
    for (int i = 0; i < given.size(); i++) {
      LineRequest line = given.get(i);
      LineNumbers numbers = LineNumbers.of(i, line, currency, errors);
      inputs.add(
          new SalesOrderLineInput(
              line.productId(),
              line.description(),
              numbers.quantity(),
              numbers.unitPrice(),
              numbers.discount(),
              numbers.taxRate()));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return new SalesOrderDraft(customerId, orderDate, salespersonId, inputs);
  }
}
