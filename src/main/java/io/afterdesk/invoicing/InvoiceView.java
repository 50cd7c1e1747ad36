package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note with its lines, totals and settlement.
 *
 * @param number null while draft
 * @param reference the text stored (typed, or the English of {@code referenceText})
 * @param residual what is left to settle: total - paid - credited (the total for a draft, zero when
 *     cancelled); for a credit note, what it has not settled yet (the customer's outstanding
 *     credit)
 * @param paid payments matched on it
 * @param credited credit notes matched on it (for a credit note: what it settled on its invoice)
 * @param referenceText the reference in each reader's language, when the application wrote it
 */
public record InvoiceView(
    long id,
    long version,
    InvoiceKind kind,
    @Nullable String number,
    InvoiceState state,
    PaymentState paymentState,
    long journalId,
    String journalCode,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable DocumentRef originRef,
    @Nullable String reference,
    LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Nullable Long reversedInvoiceId,
    @Nullable String reversedInvoiceNumber,
    List<InvoiceLineView> lines,
    Money untaxed,
    Money tax,
    Money total,
    Money paid,
    Money credited,
    Money residual,
    @Nullable Instant postedAt,
    @Nullable LocalizedText referenceText) {

  public boolean isDraft() {
    return state == InvoiceState.DRAFT;
  }

  public boolean isPosted() {
    return state == InvoiceState.POSTED;
  }

  public boolean isCreditNote() {
    return kind == InvoiceKind.CREDIT_NOTE;
  }
}
