package io.afterdesk.invoicing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a draft invoice or credit note: the fields given (not null) replace the draft's. The
 * lines of an invoice are {@link InvoiceLineInput}s; those of a credit note {@link
 * CreditLineInput}s (use the matching list, leave the other null).
 */
public record DraftChanges(
    @Nullable Long customerId,
    @Nullable String reference,
    @Nullable LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    @Nullable List<InvoiceLineInput> lines,
    @Nullable List<CreditLineInput> creditLines) {

  public static DraftChanges lines(List<InvoiceLineInput> lines) {
    return new DraftChanges(null, null, null, null, lines, null);
  }

  public static DraftChanges creditLines(List<CreditLineInput> lines) {
    return new DraftChanges(null, null, null, null, null, lines);
  }
}
