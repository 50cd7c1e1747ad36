package io.afterdesk.invoicing.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice or credit note is about, stored in the document's own row: kind, journal,
 * customer, where it came from, reference, dates, the invoice it reverses and its currency. A
 * record, so a draft's change of header is one new value instead of many setters.
 *
 * @param dueDate the invoice date when none was given
 * @param reversedInvoiceId the invoice a credit note reverses; null for an invoice
 */
public record InvoiceHeader(
    InvoiceKind kind,
    long journalId,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable String originType,
    @Nullable Long originId,
    @Nullable String reference,
    LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Nullable Long reversedInvoiceId,
    String currency) {

  public InvoiceHeader {
    reference = blankToNull(reference);
    dueDate = dueDate == null ? invoiceDate : dueDate;
    currency = currency.trim();
  }

  /**
   * The header of a new invoice from a caller's draft, in {@code journalId}, dated {@code date}.
   */
  public static InvoiceHeader ofDraft(
      InvoiceDraft draft, long journalId, LocalDate date, Currency currency) {
    DocumentRef origin = draft.originRef();
    return new InvoiceHeader(
        InvoiceKind.INVOICE,
        journalId,
        draft.customerId(),
        draft.salesOrderId(),
        origin == null ? null : origin.type(),
        origin == null ? null : origin.id(),
        draft.reference(),
        date,
        draft.dueDate(),
        null,
        currency.getCurrencyCode());
  }

  /**
   * The header of a credit note reversing the invoice with this header and id: same customer, order
   * and currency; due on its own date.
   */
  InvoiceHeader reversal(
      long invoiceId,
      long creditJournalId,
      @Nullable DocumentRef origin,
      String creditReference,
      LocalDate date) {
    return new InvoiceHeader(
        InvoiceKind.CREDIT_NOTE,
        creditJournalId,
        customerId,
        salesOrderId,
        origin == null ? null : origin.type(),
        origin == null ? null : origin.id(),
        creditReference,
        date,
        date,
        invoiceId,
        currency);
  }

  /** This header with the values given; null keeps the current one (a blank reference clears). */
  InvoiceHeader changed(
      @Nullable Long newCustomerId,
      @Nullable String newReference,
      @Nullable LocalDate newInvoiceDate,
      @Nullable LocalDate newDueDate) {
    return new InvoiceHeader(
        kind,
        journalId,
        newCustomerId == null ? customerId : newCustomerId,
        salesOrderId,
        originType,
        originId,
        newReference == null ? reference : newReference,
        newInvoiceDate == null ? invoiceDate : newInvoiceDate,
        newDueDate == null ? dueDate : newDueDate,
        reversedInvoiceId,
        currency);
  }

  public @Nullable DocumentRef origin() {
    return originType == null || originId == null ? null : new DocumentRef(originType, originId);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
