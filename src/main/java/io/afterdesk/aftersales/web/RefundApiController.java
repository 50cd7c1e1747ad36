package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.refund.RefundFilter;
import io.afterdesk.aftersales.refund.RefundResult;
import io.afterdesk.aftersales.refund.RefundWizard;
import io.afterdesk.common.web.MoneyJson;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.invoicing.CreditNoteSchedule;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The refund wizard and the ticket's credit notes over HTTP: {@code GET /tickets/{id}/refund}
 * (defaults and choices), {@code POST /tickets/{id}/refund}, {@code GET
 * /tickets/{id}/credit-notes}. The choices carry, per invoice, the preview of each button (the
 * lines and the amount it credits); {@code ?salesOrderId=} or {@code ?productId=} empty means "—"
 * (any order, no product filter). 404 for a ticket the caller may not see, 409 when the team's
 * Refunds switch is off.
 */
@RestController
@RequestMapping("/api/v1/tickets/{ticketId}")
class RefundApiController {

  record CreditNoteJson(
      long id,
      @Nullable String number,
      String state,
      String paymentState,
      @Nullable Long reversedInvoiceId,
      @Nullable String reversedInvoiceNumber,
      @Nullable String reference,
      LocalDate invoiceDate,
      @Nullable LocalDate scheduledDate,
      MoneyJson total,
      String reasonCode,
      Instant linkedAt) {}

  private final RefundWizard wizard;
  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final Invoices invoices;
  private final CreditNoteSchedule schedule;

  RefundApiController(
      RefundWizard wizard,
      TicketLinks links,
      AfterSalesTickets tickets,
      Invoices invoices,
      CreditNoteSchedule schedule) {
    this.wizard = wizard;
    this.links = links;
    this.tickets = tickets;
    this.invoices = invoices;
    this.schedule = schedule;
  }

  @GetMapping("/refund")
  RefundChoicesJson choices(
      @PathVariable long ticketId,
      @RequestParam(required = false) String salesOrderId,
      @RequestParam(required = false) String productId,
      @RequestParam(required = false) String lotId) {
    return RefundChoicesJson.of(
        wizard.choices(
            TicketId.of(ticketId), RefundFilter.ofParameters(salesOrderId, productId, lotId)));
  }

  @PostMapping("/refund")
  ResponseEntity<RefundResult> refund(
      @PathVariable long ticketId,
      @jakarta.validation.Valid @RequestBody RefundRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    RefundResult result = wizard.refund(TicketId.of(ticketId), request.toCommand(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticketId + "/credit-notes"))
        .body(result);
  }

  @GetMapping("/credit-notes")
  PageResponse<CreditNoteJson> creditNotes(@PathVariable long ticketId) {
    tickets.visible(ticketId);
    List<CreditNoteJson> items =
        links.ofTicket(ticketId, DocumentKind.CREDIT_NOTE).stream()
            .map(link -> json(link, invoices.get(link.documentId())))
            .toList();
    return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
  }

  private CreditNoteJson json(TicketDocument link, InvoiceView note) {
    return new CreditNoteJson(
        note.id(),
        note.number(),
        note.state().name(),
        note.paymentState().name(),
        note.reversedInvoiceId(),
        note.reversedInvoiceNumber(),
        note.reference(),
        note.invoiceDate(),
        schedule.scheduledDateOf(InvoiceId.of(note.id())).orElse(null),
        MoneyJson.of(note.total()),
        link.reasonCode(),
        link.createdAt());
  }
}
