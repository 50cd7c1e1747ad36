package io.afterdesk.sales.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.LineNumbers;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The quotation form: customer, date, salesperson and the lines (edited as text). */
record SalesOrderForm(
    @NotNull @Nullable Long customerId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate orderDate,
    @Nullable Long salespersonId,
    @Valid @Nullable List<LineForm> lines,
    @Nullable Long version) {

  /** A line as typed: blank description, price or tax take the product's. */
  record LineForm(
      @Nullable Long productId,
      @Size(max = 1000) @Nullable String description,
      @Nullable String quantity,
      @Nullable String unitPrice,
      @Nullable String discount,
      @Nullable String taxRate)
      implements LineNumbers.Typed {

    static LineForm empty() {
      return new LineForm(null, null, "1", null, null, null);
    }
  }

  static SalesOrderForm empty(@Nullable Long salespersonId, LocalDate today) {
    return new SalesOrderForm(null, today, salespersonId, List.of(LineForm.empty()), null);
  }

  static SalesOrderForm of(SalesOrderView order) {
    return new SalesOrderForm(
        order.customerId(),
        order.orderDate(),
        order.salespersonId(),
        order.lines().stream()
            .map(
                l ->
                    new LineForm(
                        l.productId(),
                        l.description(),
                        Decimals.plain(l.quantity()),
                        Decimals.plain(l.unitPrice().amount()),
                        Decimals.plain(l.discount()),
                        Decimals.plain(l.taxRate())))
            .toList(),
        order.version());
  }

  public List<LineForm> lineList() {
    return lines == null ? List.of() : lines;
  }

  SalesOrderForm withLines(List<LineForm> newLines) {
    return new SalesOrderForm(customerId, orderDate, salespersonId, newLines, version);
  }

  /** The same form without the rows where no product was chosen. */
  SalesOrderForm withoutBlankRows() {
    List<LineForm> kept = lineList().stream().filter(l -> l.productId() != null).toList();
    return kept.size() == lineList().size() ? this : withLines(kept);
  }

  /** The quotation to save (call on {@link #withoutBlankRows()}, so errors match the rows). */
  SalesOrderDraft toDraft() {
    List<FieldError> errors = new ArrayList<>();
    List<SalesOrderLineInput> inputs = new ArrayList<>();
    List<LineForm> given = lineList();
    for (int i = 0; i < given.size(); i++) {
      LineForm line = given.get(i);
      LineNumbers numbers = LineNumbers.of(i, line, errors);
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
    return new SalesOrderDraft(
        customerId == null ? 0 : customerId, orderDate, salespersonId, inputs);
  }
}
