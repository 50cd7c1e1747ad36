package io.afterdesk.invoicing.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.RefundExceedsInvoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns callers' lines into {@link InvoiceLine}s: product defaults for invoice lines; for credit
 * note lines, the credited line's product, description, discount and tax, a price never above the
 * credited one, and the refund cap (what is left to credit on each invoice line).
 */
@Component
public class LineFactory {

  private final Products products;
  private final Ledger ledger;

  LineFactory(Products products, Ledger ledger) {
    this.products = products;
    this.ledger = ledger;
  }

  /** Lines of an invoice; 422 with {@code lines[i].<field>} errors when a value is refused. */
  public List<InvoiceLine> invoiceLines(List<InvoiceLineInput> inputs, Invoice forCurrency) {
    return invoiceLines(inputs, forCurrency.currency());
  }

  public List<InvoiceLine> invoiceLines(
      List<InvoiceLineInput> inputs, java.util.Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      InvoiceLineInput input = inputs.get(i);
      ProductSummary product = null;
      if (input.productId() != null) {
        Optional<ProductSummary> found = products.find(input.productId());
        if (found.isEmpty()) {
          errors.add(
              new FieldError("lines[" + i + "].productId", "invoicing.line.product.unknown"));
          continue;
        }
        product = found.get();
      }
      String description =
          input.description() != null && !input.description().isBlank()
              ? input.description().trim()
              : product == null ? null : product.displayName();
      BigDecimal unitPrice =
          input.unitPrice() != null
              ? input.unitPrice()
              : product == null ? null : product.salesPrice().amount();
      BigDecimal discount = input.discount() == null ? BigDecimal.ZERO : input.discount();
      BigDecimal taxRate =
          input.taxRate() != null
              ? input.taxRate()
              : product == null ? BigDecimal.ZERO : product.taxRate();
      LineRules.check(i, description, input.quantity(), unitPrice, discount, taxRate, errors);
      if (description != null && unitPrice != null && input.quantity() != null) {
        lines.add(
            InvoiceLine.of(
                input.productId(),
                description,
                input.quantity(),
                unitPrice,
                discount,
                taxRate,
                input.salesOrderLineId(),
                null,
                currency));
      }
    }
    LineRules.throwIfAny(errors);
    return lines;
  }

  /**
   * Lines of a credit note of {@code invoice} (its row locked by the caller). {@code noteId} is the
   * credit note being edited (its own lines do not count against the cap), or null for a new one.
   */
  public List<InvoiceLine> creditLines(
      List<CreditLineInput> inputs, Invoice invoice, @Nullable Long noteId) {
    Map<Long, InvoiceLine> credited = new HashMap<>();
    for (InvoiceLine line : invoice.lines()) {
      credited.put(line.id(), line);
    }
    Map<Long, BigDecimal> already =
        new HashMap<>(ledger.creditedQuantities(invoice.id(), noteId == null ? -1 : noteId));
    List<FieldError> errors = new ArrayList<>();
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      CreditLineInput input = inputs.get(i);
      InvoiceLine original = credited.get(input.creditedLineId());
      if (original == null) {
        errors.add(
            new FieldError(
                "lines[" + i + "].creditedLineId", "invoicing.credit-note.line.unknown"));
        continue;
      }
      BigDecimal price = input.unitPrice() == null ? original.unitPrice() : input.unitPrice();
      LineRules.check(
          i,
          original.description(),
          input.quantity(),
          price,
          original.discount(),
          original.taxRate(),
          errors);
      if (price.compareTo(original.unitPrice()) > 0) {
        errors.add(
            new FieldError(
                "lines[" + i + "].unitPrice",
                "invoicing.credit-note.line.price-above",
                original.unitPrice().stripTrailingZeros().toPlainString()));
      }
      if (input.quantity() == null || input.quantity().signum() <= 0) {
        continue;
      }
      BigDecimal left =
          CreditCaps.lineLeft(
              original.quantity(), already.getOrDefault(original.id(), BigDecimal.ZERO));
      if (input.quantity().compareTo(left) > 0) {
        throw new RefundExceedsInvoice(
            InvoiceId.of(invoice.id()),
            String.valueOf(invoice.number()),
            left.stripTrailingZeros().toPlainString());
      }
      already.merge(original.id(), input.quantity(), BigDecimal::add);
      lines.add(
          InvoiceLine.of(
              original.productId(),
              original.description(),
              input.quantity(),
              price,
              original.discount(),
              original.taxRate(),
              null,
              original.id(),
              invoice.currency()));
    }
    LineRules.throwIfAny(errors);
    requireWithinInvoiceTotal(lines, invoice, noteId);
    return lines;
  }

  /**
   * The per-invoice amount cap: the non-cancelled credit notes of an invoice (drafts included, this
   * one with its new lines) never total more than the invoice.
   */
  private void requireWithinInvoiceTotal(
      List<InvoiceLine> lines, Invoice invoice, @Nullable Long noteId) {
    BigDecimal requested = BigDecimal.ZERO;
    for (InvoiceLine line : lines) {
      requested = requested.add(line.subtotal()).add(line.tax());
    }
    BigDecimal left =
        CreditCaps.amountLeft(
            invoice.total().amount(),
            ledger.creditedAmount(invoice.id(), noteId == null ? -1 : noteId));
    if (requested.compareTo(left) > 0) {
      throw new RefundExceedsInvoice(
          InvoiceId.of(invoice.id()),
          String.valueOf(invoice.number()),
          new io.afterdesk.common.Money(left, invoice.currency()).rounded().amount().toPlainString()
              + " "
              + invoice.currency().getCurrencyCode());
    }
  }
}
