package io.afterdesk.sales;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.sales.domain.SalesOrderLine;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the line inputs of a quotation into lines of products that are sold, collecting every
 * refusal ({@code lines[i].<field>}) so the form shows them all at once.
 */
@Component
class SalesOrderLineFactory {

  private final Products products;

  SalesOrderLineFactory(Products products) {
    this.products = products;
  }

  List<SalesOrderLine> lines(List<SalesOrderLineInput> inputs, Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    List<SalesOrderLine> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      SalesOrderLineInput input = inputs.get(i);
      if (input.productId() == null) {
        errors.add(new FieldError("lines[" + i + "].productId", "sales.line.product.required"));
        continue;
      }
      Optional<ProductSummary> product = products.find(input.productId());
      if (product.isEmpty()) {
        errors.add(new FieldError("lines[" + i + "].productId", "sales.line.product.unknown"));
        continue;
      }
      if (!product.get().active() || !product.get().saleOk()) {
        errors.add(
            new FieldError(
                "lines[" + i + "].productId",
                "sales.line.product.not-sold",
                product.get().displayName()));
        continue;
      }
      SalesOrderLine line = SalesOrderLine.of(product.get(), input, currency, i, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return lines;
  }
}
