package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new draft customer invoice.
 *
 * @param salesOrderId the sales order it invoices (opaque id, echoed in events), or null
 * @param originRef the document it was made from (e.g. a ticket), echoed in events, or null
 * @param journalId a SALE journal; null = the Customer Invoices journal ({@code INV})
 * @param invoiceDate null = today; the number's year is the year of this date
 * @param dueDate null = the invoice date
 */
public record InvoiceDraft(
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable DocumentRef originRef,
    @Nullable Long journalId,
    @Nullable String reference,
    @Nullable LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    List<InvoiceLineInput> lines) {

  public InvoiceDraft {
    lines = List.copyOf(lines);
  }

  /** A draft for a customer with lines only, in the default journal, dated today. */
  public static InvoiceDraft of(long customerId, List<InvoiceLineInput> lines) {
    return new InvoiceDraft(customerId, null, null, null, null, null, null, lines);
  }
}
