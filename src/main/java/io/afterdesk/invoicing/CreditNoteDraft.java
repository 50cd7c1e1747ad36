package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new draft credit note reversing (part of) a posted invoice, line by line.
 *
 * @param reversedInvoiceId a POSTED invoice ("You can only reverse posted moves.")
 * @param journalId a journal of the same type as the invoice's; null = the invoice's journal
 * @param reference shown on the credit note as typed; null = {@code Reversal of: <invoice number>}
 * @param date the credit note's date; null = today
 * @param originRef the document it was made from (e.g. a ticket), echoed in events, or null
 * @param lines at least one; each within what is left to credit on its invoice line
 * @param referenceText the reference in each reader's language (see {@link CreditNoteReferences}),
 *     instead of {@code reference}
 */
public record CreditNoteDraft(
    long reversedInvoiceId,
    @Nullable Long journalId,
    @Nullable String reference,
    @Nullable LocalDate date,
    @Nullable DocumentRef originRef,
    List<CreditLineInput> lines,
    @Nullable LocalizedText referenceText) {

  public CreditNoteDraft {
    lines = List.copyOf(lines);
  }

  /** A credit note whose reference is typed (or the default). */
  public CreditNoteDraft(
      long reversedInvoiceId,
      @Nullable Long journalId,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable DocumentRef originRef,
      List<CreditLineInput> lines) {
    this(reversedInvoiceId, journalId, reference, date, originRef, lines, null);
  }
}
