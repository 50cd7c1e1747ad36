package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.IdempotencyKeys;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceLineView;
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
  private final Transfers transfers;

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
      Transfers transfers) {
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
    this.transfers = transfers;
  }

  /** The defaults and choices (404 invisible ticket, 409 Refunds switched off). */
  @Transactional(readOnly = true)
  public RefundChoices choices(
      long ticketId, @Nullable Long salesOrderId, @Nullable Long productId, @Nullable Long lotId) {
    TicketView ticket = tickets.forRefund(ticketId);
    return options.choices(ticket, salesOrderId, productId, lotId, LocalDate.now());
  }

  /**
   * Makes the credit note(s): REVERSE a draft per invoice with what is still creditable (only the
   * ticket's product's lines when it names one); REVERSE_AND_CREATE_INVOICE a posted one for
   * everything creditable plus a new draft invoice copying the original lines. With {@code
   * idempotencyKey}, a repeat answers the first result and makes nothing.
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
    LocalDate today = LocalDate.now();
    LocalDate date = command.reversalDate() == null ? today : command.reversalDate();
    boolean scheduled = date.isAfter(today);
    String reason =
        command.reason() == null || command.reason().isBlank()
            ? RefundOptions.defaultReason(ticket)
            : command.reason().strip();
    Long userId = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    List<Long> creditNotes = new ArrayList<>();
    List<Long> newInvoices = new ArrayList<>();
    for (long invoiceId : command.invoiceIds().stream().distinct().toList()) {
      InvoiceView invoice = options.requireRefundableBy(ticket, invoiceId, command.salesOrderId());
      boolean full = command.mode() == RefundMode.REVERSE_AND_CREATE_INVOICE;
      List<CreditLineInput> lines = creditLines(invoice, full ? null : ticket.productId());
      if (lines.isEmpty()) {
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
                  lines));
      links.add(ticket.id(), DocumentKind.CREDIT_NOTE, noteId, reasonCode, userId);
      if (scheduled) {
        schedule.schedule(noteId, ticket.id(), date);
      } else if (full) {
        invoices.post(noteId);
      }
      creditNotes.add(noteId);
      createdNotes(ticket, noteId, "aftersales.note.refund-created");
      if (full) {
        long copy = invoices.createDraft(copyOf(invoice, ticket));
        links.add(ticket.id(), DocumentKind.INVOICE, copy, reasonCode, userId);
        newInvoices.add(copy);
        createdNotes(ticket, copy, "aftersales.note.invoice-created");
      }
    }
    return new RefundResult(creditNotes, newInvoices);
  }

  /**
   * Per invoice line, what is still creditable (only lines of {@code productId} when given; and
   * when some of that product came back by a done return of the invoice's order, the returned
   * quantity not yet credited).
   */
  private List<CreditLineInput> creditLines(InvoiceView invoice, @Nullable Long productId) {
    Map<Long, BigDecimal> credited = invoices.creditedQuantities(invoice.id());
    Map<Long, BigDecimal> returned =
        productId == null || invoice.salesOrderId() == null
            ? Map.of()
            : returnedPerOrderLine(invoice.salesOrderId());
    List<CreditLineInput> lines = new ArrayList<>();
    for (InvoiceLineView line : invoice.lines()) {
      if (productId != null && !productId.equals(line.productId())) {
        continue;
      }
      BigDecimal creditedQuantity = credited.getOrDefault(line.id(), BigDecimal.ZERO);
      BigDecimal left = line.quantity().subtract(creditedQuantity);
      BigDecimal back =
          line.salesOrderLineId() == null ? null : returned.get(line.salesOrderLineId());
      if (back != null && back.signum() > 0) {
        left = left.min(back.subtract(creditedQuantity));
      }
      if (left.signum() > 0) {
        lines.add(new CreditLineInput(line.id(), left, null));
      }
    }
    return lines;
  }

  /** Done quantities of the done returns of an order's deliveries, per sales order line. */
  private Map<Long, BigDecimal> returnedPerOrderLine(long salesOrderId) {
    Map<Long, BigDecimal> returned = new java.util.HashMap<>();
    for (TransferView t : transfers.ofSalesOrder(salesOrderId)) {
      if (t.kind() == TransferKind.RETURN && t.state() == TransferState.DONE) {
        for (MoveView m : t.moves()) {
          if (m.salesOrderLineId() != null) {
            returned.merge(m.salesOrderLineId(), m.doneQuantity(), BigDecimal::add);
          }
        }
      }
    }
    return returned;
  }

  private static InvoiceDraft copyOf(InvoiceView invoice, TicketView ticket) {
    List<InvoiceLineInput> lines =
        invoice.lines().stream()
            .map(
                l ->
                    new InvoiceLineInput(
                        l.productId(),
                        l.description(),
                        l.quantity(),
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
        AfterSalesTickets.ref(ticket.id()), text(key), label, "/invoicing/invoices/" + documentId);
    threads.log(
        new DocumentRef(Invoices.DOCUMENT_TYPE, documentId),
        text("aftersales.note.created-from-ticket"),
        ticket.reference(),
        AfterSalesTickets.url(ticket.id()));
  }

  private String text(String key) {
    return messages.getMessage(key, null, java.util.Locale.ENGLISH);
  }

  static boolean isInvoice(InvoiceView view) {
    return view.kind() == InvoiceKind.INVOICE;
  }
}
