package io.afterdesk.invoicing.domain;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.DraftChanges;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Draft documents: a new invoice, and the changes of a draft invoice or credit note. */
@Component
public class InvoiceDrafts {

  private final InvoiceRepository invoices;
  private final Journals journals;
  private final LineFactory lineFactory;
  private final CreditNoteDrafts creditNotes;
  private final Customers customers;
  private final Clock clock;

  InvoiceDrafts(
      InvoiceRepository invoices,
      Journals journals,
      LineFactory lineFactory,
      CreditNoteDrafts creditNotes,
      Customers customers,
      Clock clock) {
    this.invoices = invoices;
    this.journals = journals;
    this.lineFactory = lineFactory;
    this.creditNotes = creditNotes;
    this.customers = customers;
    this.clock = clock;
  }

  /** See {@link io.afterdesk.invoicing.Invoices#createDraft}. */
  public long create(InvoiceDraft draft, Currency currency) {
    requireCustomer(draft.customerId());
    long journalId = journals.forInvoice(draft.journalId());
    LocalDate date = draft.invoiceDate() == null ? LocalDate.now(clock) : draft.invoiceDate();
    InvoiceHeader header = InvoiceHeader.ofDraft(draft, journalId, date, currency);
    Invoice invoice =
        Invoice.draft(header, lineFactory.invoiceLines(draft.lines(), currency), clock.instant());
    return invoices.save(invoice).id();
  }

  /** See {@link io.afterdesk.invoicing.Invoices#updateDraft}. */
  public void update(long id, DraftChanges changes, @Nullable Long expectedVersion) {
    Invoice invoice = invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
    invoice.requireVersion(expectedVersion);
    invoice.requireDraft();
    if (changes.customerId() != null) {
      requireCustomer(changes.customerId());
    }
    invoice.changeHeader(
        changes.customerId(), changes.reference(), changes.invoiceDate(), changes.dueDate());
    if (invoice.kind() == InvoiceKind.INVOICE && changes.lines() != null) {
      invoice.replaceLines(lineFactory.invoiceLines(changes.lines(), invoice.currency()));
    }
    if (invoice.kind() == InvoiceKind.CREDIT_NOTE && changes.creditLines() != null) {
      invoice.replaceLines(creditNotes.changedLines(invoice, changes.creditLines()));
    }
    invoices.save(invoice);
  }

  private void requireCustomer(long customerId) {
    if (customers.find(customerId).isEmpty()) {
      throw FieldValidationException.of("customerId", "invoicing.invoice.customer.unknown");
    }
  }
}
