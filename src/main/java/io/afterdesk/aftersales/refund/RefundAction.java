package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.ActionContext;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.CreditNoteReferences;
import io.afterdesk.invoicing.CreditNoteSchedule;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.RefundExceedsInvoice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The refund's own step in the after-sales frame: per chosen invoice a credit note of what the
 * button previews, posted at once (second button), on its date (a later reversal date) or left
 * draft (first button), and with the second button a new draft invoice of the credited lines.
 */
@Component
class RefundAction {

  static final String CREDIT_NOTE_CREATED = "aftersales.note.refund-created";
  static final String INVOICE_CREATED = "aftersales.note.invoice-created";

  private final RefundEligibility eligibility;
  private final RefundPreviews previews;
  private final Invoices invoices;
  private final CreditNoteSchedule schedule;
  private final CreditNoteLinks documentLinks;
  private final Clock clock;

  RefundAction(
      RefundEligibility eligibility,
      RefundPreviews previews,
      Invoices invoices,
      CreditNoteSchedule schedule,
      CreditNoteLinks documentLinks,
      Clock clock) {
    this.eligibility = eligibility;
    this.previews = previews;
    this.invoices = invoices;
    this.schedule = schedule;
    this.documentLinks = documentLinks;
    this.clock = clock;
  }

  RefundResult execute(ActionContext context, RefundCommand command) {
    if (command.mode() == null) {
      throw FieldValidationException.of("mode", "aftersales.refund.mode.required");
    }
    if (command.invoiceIds().isEmpty()) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoices.required");
    }
    if (command.reversalDate() == null) {
      throw FieldValidationException.of("reversalDate", "aftersales.refund.reversal-date.required");
    }
    TicketView ticket = context.ticket();
    LocalDate date = command.reversalDate();
    boolean scheduled = date.isAfter(LocalDate.now(clock));
    String reason =
        command.reason() == null || command.reason().isBlank()
            ? RefundOptions.defaultReason(ticket)
            : command.reason().strip();
    RefundFilter filter = command.filter() == null ? RefundFilter.defaults() : command.filter();
    Long product = RefundEligibility.productOf(ticket, filter);
    Long lot = eligibility.lotOf(ticket, filter, product);
    List<Long> creditNotes = new ArrayList<>();
    List<Long> newInvoices = new ArrayList<>();
    boolean full = command.mode() == RefundMode.REVERSE_AND_CREATE_INVOICE;
    for (long invoiceId : command.invoiceIds().stream().distinct().toList()) {
      InvoiceView invoice =
          eligibility.requireRefundableBy(ticket, invoiceId, command.salesOrderId(), product, lot);
      Preview preview = previews.of(invoice, command.mode(), product);
      if (preview.isEmpty()) {
        throw new RefundExceedsInvoice(
            InvoiceId.of(invoiceId), String.valueOf(invoice.number()), "0");
      }
      long noteId =
          invoices.createCreditNote(
              new CreditNoteDraft(
                  invoiceId,
                  command.journalId(),
                  null,
                  date,
                  AfterSalesTickets.ref(ticket.id()),
                  preview.lines().stream()
                      .map(l -> new CreditLineInput(l.invoiceLineId(), l.quantity(), null))
                      .toList(),
                  CreditNoteReferences.reversalOf(String.valueOf(invoice.number()), reason)));
      if (scheduled) {
        schedule.schedule(InvoiceId.of(noteId), date);
      } else if (full) {
        invoices.post(noteId);
      }
      made(context, DocumentKind.CREDIT_NOTE, noteId, CREDIT_NOTE_CREATED);
      creditNotes.add(noteId);
      if (full) {
        long copy = invoices.createDraft(copyOf(invoice, preview, ticket));
        made(context, DocumentKind.INVOICE, copy, INVOICE_CREATED);
        newInvoices.add(copy);
      }
    }
    return new RefundResult(creditNotes, newInvoices);
  }

  private void made(ActionContext context, DocumentKind kind, long documentId, String noteKey) {
    InvoiceId id = InvoiceId.of(documentId);
    context.made(kind, id.ref(), documentLinks.of(id), noteKey);
  }

  /**
   * The new draft invoice of Reverse and Create Invoice: the original lines that were credited,
   * with the credited quantities (so the product filter and earlier credit notes are respected),
   * for the agent to correct.
   */
  private static InvoiceDraft copyOf(InvoiceView invoice, Preview credited, TicketView ticket) {
    Map<Long, BigDecimal> quantities = new HashMap<>();
    credited.lines().forEach(l -> quantities.put(l.invoiceLineId(), l.quantity()));
    List<InvoiceLineInput> lines =
        invoice.lines().stream()
            .filter(l -> quantities.containsKey(l.id()))
            .map(
                l ->
                    new InvoiceLineInput(
                        l.productId(),
                        l.description(),
                        quantities.get(l.id()),
                        l.unitPrice().amount(),
                        l.discount(),
                        l.taxRate(),
                        l.salesOrderLineId()))
            .toList();
    return new InvoiceDraft(
        invoice.customerId(),
        invoice.salesOrderId(),
        AfterSalesTickets.ref(ticket.id()),
        invoice.journalId(),
        invoice.reference(),
        null,
        null,
        lines);
  }
}
