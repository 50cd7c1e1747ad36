package io.afterdesk.invoicing.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.LineNumbers;
import io.afterdesk.common.web.MoneyInput;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft invoice or credit note as the API accepts it (create, or a PATCH merged onto the draft).
 * An invoice needs {@code customerId}; a credit note ({@code type: CREDIT_NOTE}) needs {@code
 * reversedInvoiceId} and lines with {@code creditedLineId}. Quantities and percents are decimal
 * strings (numbers accepted), prices money objects or decimal strings.
 */
record InvoiceRequest(
    @Nullable InvoiceKind type,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable Long journalId,
    @Size(max = 500) @Nullable String reference,
    @Nullable LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Nullable Long reversedInvoiceId,
    @Valid @Size(max = 500) @Nullable List<LineRequest> lines) {

  /** A line: product or description, quantity, price, discount and tax; or a credited line. */
  record LineRequest(
      @Nullable Long productId,
      @Size(max = 1000) @Nullable String description,
      @Nullable String quantity,
      @Nullable MoneyInput unitPrice,
      @Nullable String discount,
      @Nullable String taxRate,
      @Nullable Long salesOrderLineId,
      @Nullable Long creditedLineId)
      implements LineNumbers.Sent {

    static LineRequest of(InvoiceLineView line) {
      return new LineRequest(
          line.productId(),
          line.description(),
          line.quantity().toPlainString(),
          MoneyInput.of(line.unitPrice().amount(), line.unitPrice().currency()),
          line.discount().toPlainString(),
          line.taxRate().toPlainString(),
          line.salesOrderLineId(),
          line.creditedLineId());
    }
  }

  static InvoiceRequest of(InvoiceView invoice) {
    return new InvoiceRequest(
        invoice.kind(),
        invoice.customerId(),
        invoice.salesOrderId(),
        invoice.journalId(),
        invoice.reference(),
        invoice.invoiceDate(),
        invoice.dueDate(),
        invoice.reversedInvoiceId(),
        invoice.lines().stream().map(LineRequest::of).toList());
  }

  InvoiceDraft toDraft(Currency currency) {
    if (customerId == null) {
      throw FieldValidationException.of("customerId", "invoicing.invoice.customer.required");
    }
    return new InvoiceDraft(
        customerId,
        salesOrderId,
        null,
        journalId,
        reference,
        invoiceDate,
        dueDate,
        invoiceLines(currency));
  }

  CreditNoteDraft toCreditNote(Currency currency) {
    if (reversedInvoiceId == null) {
      throw FieldValidationException.of(
          "reversedInvoiceId", "invoicing.credit-note.invoice.required");
    }
    return new CreditNoteDraft(
        reversedInvoiceId, journalId, reference, invoiceDate, null, creditLines(currency));
  }

  List<InvoiceLineInput> invoiceLines(Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    List<InvoiceLineInput> result = new ArrayList<>();
    List<LineRequest> given = lines == null ? List.of() : lines;
    for (int i = 0; i < given.size(); i++) {
      LineRequest line = given.get(i);
      LineNumbers numbers = LineNumbers.of(i, line, currency, errors);
      result.add(
          new InvoiceLineInput(
              line.productId(),
              line.description(),
              numbers.quantityOrZero(),
              numbers.unitPrice(),
              numbers.discount(),
              numbers.taxRate(),
              line.salesOrderLineId()));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return result;
  }

  List<CreditLineInput> creditLines(Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    List<CreditLineInput> result = new ArrayList<>();
    List<LineRequest> given = lines == null ? List.of() : lines;
    for (int i = 0; i < given.size(); i++) {
      LineRequest line = given.get(i);
      String prefix = "lines[" + i + "].";
      BigDecimal quantity = Decimals.parse(line.quantity(), prefix + "quantity", errors);
      BigDecimal price =
          LineNumbers.price(line.unitPrice(), currency, prefix + "unitPrice", errors);
      if (line.creditedLineId() == null) {
        errors.add(
            new FieldError(prefix + "creditedLineId", "invoicing.credit-note.line.required"));
        continue;
      }
      result.add(
          new CreditLineInput(
              line.creditedLineId(), quantity == null ? BigDecimal.ZERO : quantity, price));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return result;
  }
}
