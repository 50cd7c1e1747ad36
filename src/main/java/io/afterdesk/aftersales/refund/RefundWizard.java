package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.IdempotencyKeys;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.refund.RefundChoices.Preview;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.mail.Threads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund wizard of SPEC §3: its defaults and choices ({@link RefundOptions}) and its two
 * actions. Everything an action makes (credit notes, new invoices, links, notes, the idempotency
 * record, the schedule) is written in one transaction; the caps are checked by invoicing under the
 * invoice's row lock.
 */
@Service
@Transactional
public class RefundWizard {

  static final String ACTION = "refund";

  private final AfterSalesTickets tickets;
  private final RefundOptions options;
  private final ReasonCodes reasonCodes;
  private final Invoices invoices;
  private final TicketLinks links;
  private final IdempotencyKeys idempotency;
  private final ScheduledRefunds schedule;
  private final Threads threads;
  private final CurrentUser currentUser;
  private final MessageSource messages;
  private final RefundPreviews previews;

  RefundWizard(
      AfterSalesTickets tickets,
      RefundOptions options,
      ReasonCodes reasonCodes,
      Invoices invoices,
      TicketLinks links,
      IdempotencyKeys idempotency,
      ScheduledRefunds schedule,
      Threads threads,
      CurrentUser currentUser,
      MessageSource messages,
      RefundPreviews previews) {
    this.tickets = tickets;
    this.options = options;
    this.reasonCodes = reasonCodes;
    this.invoices = invoices;
    this.links = links;
    this.idempotency = idempotency;
    this.schedule = schedule;
    this.threads = threads;
    this.currentUser = currentUser;
    this.messages = messages;
    this.previews = previews;
  }

  /** The defaults and choices (404 invisible ticket, 409 Refunds switched off). */
  @Transactional(readOnly = true)
  public RefundChoices choices(long ticketId, RefundFilter filter) {
    TicketView ticket = tickets.forRefund(ticketId);
    return options.choices(ticket, filter, LocalDate.now());
  }

  /**
   * Makes the credit note(s), each crediting exactly what the wizard previewed for the button
   * ({@link RefundPreviews}, for the chosen product filter): REVERSE a draft per invoice,
   * REVERSE_AND_CREATE_INVOICE a posted one plus a new draft invoice copying the credited lines.
   * With {@code idempotencyKey}, a repeat answers the first result and makes nothing.
   */
  public RefundResult refund(
      long ticketId, RefundCommand command, @Nullable String idempotencyKey) {
    TicketView ticket = tickets.forRefund(ticketId);
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      Optional<String> first =
          idempotency.claim(idempotencyKey, ticketId, ACTION, command.fingerprint());
      if (first.isPresent()) {
        return RefundResult.decode(first.get());
      }
    }
    RefundResult result = execute(ticket, command);
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      idempotency.complete(idempotencyKey, result.encode());
    }
    return result;
  }

  private RefundResult execute(TicketView ticket, RefundCommand command) {
    String reasonCode =
        reasonCodes.requireActive(Objects.toString(command.reasonCode(), ""), "reasonCode").code();
    if (command.mode() == null) {
      throw FieldValidationException.of("mode", "aftersales.refund.mode.required");
    }
    if (command.invoiceIds().isEmpty()) {
      throw FieldValidationException.of("invoiceIds", "aftersales.refund.invoices.required");
    }
    if (command.reversalDate() == null) {
      throw FieldValidationException.of("reversalDate", "aftersales.refund.reversal-date.required");
    }
    LocalDate today = LocalDate.now();
    LocalDate date = command.reversalDate();
    boolean scheduled = date.isAfter(today);
    String reason =
        command.reason() == null || command.reason().isBlank()
            ? RefundOptions.defaultReason(ticket)
            : command.reason().strip();
    RefundFilter filter = command.filter() == null ? RefundFilter.defaults() : command.filter();
    Long product = RefundOptions.productOf(ticket, filter);
    Long lot = options.lotOf(ticket, filter, product);
    Long userId = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    List<Long> creditNotes = new ArrayList<>();
    List<Long> newInvoices = new ArrayList<>();
    boolean full = command.mode() == RefundMode.REVERSE_AND_CREATE_INVOICE;
    for (long invoiceId : command.invoiceIds().stream().distinct().toList()) {
      InvoiceView invoice =
          options.requireRefundableBy(ticket, invoiceId, command.salesOrderId(), product, lot);
      Preview preview = previews.of(invoice, command.mode(), product);
      if (preview.isEmpty()) {
        throw new BusinessRuleException("invoicing.credit-note.exceeds", invoice.number(), "0");
      }
      long noteId =
          invoices.createCreditNote(
              new CreditNoteDraft(
                  invoiceId,
                  command.journalId(),
                  "Reversal of: " + invoice.number() + ", " + reason,
                  date,
                  AfterSalesTickets.ref(ticket.id()),
                  preview.lines().stream()
                      .map(l -> new CreditLineInput(l.invoiceLineId(), l.quantity(), null))
                      .toList()));
      links.add(ticket.id(), DocumentKind.CREDIT_NOTE, noteId, reasonCode, userId);
      if (scheduled) {
        schedule.schedule(noteId, ticket.id(), date);
      } else if (full) {
        invoices.post(noteId);
      }
      creditNotes.add(noteId);
      createdNotes(ticket, noteId, "aftersales.note.refund-created");
      if (full) {
        long copy = invoices.createDraft(copyOf(invoice, preview, ticket));
        links.add(ticket.id(), DocumentKind.INVOICE, copy, reasonCode, userId);
        newInvoices.add(copy);
        createdNotes(ticket, copy, "aftersales.note.invoice-created");
      }
    }
    return new RefundResult(creditNotes, newInvoices);
  }

  /**
   * The new draft invoice of Reverse and Create Invoice: the original lines that were credited,
   * with the credited quantities (so the product filter and earlier credit notes are respected),
   * for the agent to correct.
   */
  private static InvoiceDraft copyOf(InvoiceView invoice, Preview credited, TicketView ticket) {
    Map<Long, BigDecimal> quantities = new java.util.HashMap<>();
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

  /** "<link> Refund created" on the ticket and "Created from ticket <link>" on the document. */
  private void createdNotes(TicketView ticket, long documentId, String key) {
    InvoiceView document = invoices.get(documentId);
    String label =
        document.number() != null
            ? document.number()
            : text(
                document.isCreditNote()
                    ? "aftersales.credit-note.draft"
                    : "aftersales.invoice.draft");
    threads.log(
        AfterSalesTickets.ref(ticket.id()),
        text(key),
        label,
        tickets.urlOf(new DocumentRef(Invoices.DOCUMENT_TYPE, documentId)));
    threads.log(
        new DocumentRef(Invoices.DOCUMENT_TYPE, documentId),
        text("aftersales.note.created-from-ticket"),
        ticket.reference(),
        tickets.url(ticket.id()));
  }

  private String text(String key) {
    return messages.getMessage(key, null, java.util.Locale.ENGLISH);
  }

  static boolean isInvoice(InvoiceView view) {
    return view.kind() == InvoiceKind.INVOICE;
  }
}
