package io.afterdesk.invoicing.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What an invoice or credit note is about, stored in the document's own row: kind, journal,
 * customer, where it came from, reference, dates, the invoice it reverses and its currency. A
 * record, so a draft's change of header is one new value instead of many setters.
 *
 * @param reference the text stored: typed, or the English of {@code referenceText}
 * @param dueDate the invoice date when none was given
 * @param reversedInvoiceId the invoice a credit note reverses; null for an invoice
 * @param referenceText the reference as the application wrote it, for each reader's language; none
 *     when typed, and dropped when the reference is changed
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
    String currency,
    @Embedded.Nullable(prefix = "reference_") LocalizedText.@Nullable Stored referenceText) {

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
        currency.getCurrencyCode(),
        null);
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
      @Nullable LocalizedText referenceText,
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
        currency,
        referenceText == null ? null : referenceText.stored());
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
        currency,
        newReference == null || newReference.strip().equals(reference) ? referenceText : null);
  }

  /** The reference in the reader's language, when the application wrote it. */
  public @Nullable LocalizedText localizedReference() {
    return referenceText == null ? null : referenceText.text();
  }

  public @Nullable DocumentRef origin() {
    return originType == null || originId == null ? null : new DocumentRef(originType, originId);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
