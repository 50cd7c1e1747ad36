package io.afterdesk.invoicing.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.LineNumbers;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The draft invoice form: customer, reference, dates and the lines (edited as text). */
record InvoiceForm(
    @NotNull @Nullable Long customerId,
    @Size(max = 500) @Nullable String reference,
    @Nullable LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Valid @Nullable List<LineForm> lines,
    @Nullable Long version,
    @Nullable List<CreditLineForm> creditLines) {

  /** A line of a draft credit note: only the quantity and the price may be lowered. */
  record CreditLineForm(
      @Nullable Long creditedLineId, @Nullable String quantity, @Nullable String unitPrice) {}

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

  static InvoiceForm empty(LocalDate today) {
    return new InvoiceForm(null, null, today, null, List.of(LineForm.empty()), null, null);
  }

  /** The form of a document, its reference as the reader sees it ({@code shownReference}). */
  static InvoiceForm of(InvoiceView invoice, @Nullable String shownReference) {
    return new InvoiceForm(
        invoice.customerId(),
        shownReference,
        invoice.invoiceDate(),
        invoice.dueDate(),
        invoice.lines().stream()
            .map(
                l ->
                    new LineForm(
                        l.productId(),
                        l.description(),
                        Decimals.plain(l.quantity()),
                        l.unitPrice().rounded().amount().toPlainString(),
                        Decimals.plain(l.discount()),
                        Decimals.plain(l.taxRate())))
            .toList(),
        invoice.version(),
        invoice.lines().stream()
            .map(
                l ->
                    new CreditLineForm(
                        l.creditedLineId(),
                        Decimals.plain(l.quantity()),
                        l.unitPrice().rounded().amount().toPlainString()))
            .toList());
  }

  public List<LineForm> lineList() {
    return lines == null ? List.of() : lines;
  }

  /** The form with credit line {@code index} set to quantity 0, which removes it on save. */
  InvoiceForm withoutCreditLine(int index) {
    List<CreditLineForm> lines = new ArrayList<>(creditLines == null ? List.of() : creditLines);
    if (index >= 0 && index < lines.size()) {
      CreditLineForm line = lines.get(index);
      lines.set(index, new CreditLineForm(line.creditedLineId(), "0", line.unitPrice()));
    }
    return new InvoiceForm(customerId, reference, invoiceDate, dueDate, this.lines, version, lines);
  }

  /** The form with an empty line added or line {@code removeLine} removed; this when neither. */
  InvoiceForm withLineEdit(@Nullable String addLine, @Nullable Integer removeLine) {
    List<LineForm> edited = new ArrayList<>(lineList());
    if (addLine != null) {
      edited.add(LineForm.empty());
      return withLines(edited);
    }
    if (removeLine != null && removeLine >= 0 && removeLine < edited.size()) {
      edited.remove((int) removeLine);
      return withLines(edited);
    }
    return this;
  }

  InvoiceForm withLines(List<LineForm> newLines) {
    return new InvoiceForm(
        customerId, reference, invoiceDate, dueDate, newLines, version, creditLines);
  }

  /** The lines with a product or a description (blank rows are left out). */
  List<InvoiceLineInput> toLines() {
    List<FieldError> errors = new ArrayList<>();
    List<InvoiceLineInput> result = new ArrayList<>();
    List<LineForm> given = lineList();
    for (int i = 0; i < given.size(); i++) {
      LineForm line = given.get(i);
      if (line.productId() == null
          && (line.description() == null || line.description().isBlank())) {
        continue;
      }
      LineNumbers numbers = LineNumbers.of(i, line, errors);
      result.add(
          new InvoiceLineInput(
              line.productId(),
              line.description(),
              numbers.quantityOrZero(),
              numbers.unitPrice(),
              numbers.discount(),
              numbers.taxRate(),
              null));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return result;
  }

  /** The lines of a draft credit note as typed (quantity and price per credited line). */
  List<CreditLineInput> toCreditLines() {
    List<FieldError> errors = new ArrayList<>();
    List<CreditLineInput> result = new ArrayList<>();
    List<CreditLineForm> given = creditLines == null ? List.of() : creditLines;
    for (int i = 0; i < given.size(); i++) {
      CreditLineForm line = given.get(i);
      if (line.creditedLineId() == null) {
        continue;
      }
      String prefix = "creditLines[" + i + "].";
      BigDecimal quantity = Decimals.parse(line.quantity(), prefix + "quantity", errors);
      result.add(
          new CreditLineInput(
              line.creditedLineId(),
              quantity == null ? BigDecimal.ZERO : quantity,
              Decimals.parse(line.unitPrice(), prefix + "unitPrice", errors)));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return result;
  }
}
