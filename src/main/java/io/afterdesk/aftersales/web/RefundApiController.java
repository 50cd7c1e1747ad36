package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.refund.RefundChoices;
import io.afterdesk.aftersales.refund.RefundFilter;
import io.afterdesk.aftersales.refund.RefundMode;
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

  record PreviewLineJson(
      long invoiceLineId,
      @Nullable Long productId,
      String description,
      java.math.BigDecimal quantity,
      MoneyJson unitPrice,
      MoneyJson amount) {}

  /** What one button credits on the invoice: its lines and their amount (taxes included). */
  record PreviewJson(List<PreviewLineJson> lines, MoneyJson amount) {

    static PreviewJson of(RefundChoices.Preview preview) {
      return new PreviewJson(
          preview.lines().stream()
              .map(
                  l ->
                      new PreviewLineJson(
                          l.invoiceLineId(),
                          l.productId(),
                          l.description(),
                          l.quantity(),
                          MoneyJson.of(l.unitPrice()),
                          MoneyJson.of(l.amount())))
              .toList(),
          MoneyJson.of(preview.amount()));
    }
  }

  record InvoiceChoiceJson(
      long id,
      String number,
      LocalDate invoiceDate,
      @Nullable Long salesOrderId,
      long journalId,
      MoneyJson total,
      MoneyJson leftToCredit,
      MoneyJson paid,
      java.util.Map<RefundMode, PreviewJson> preview) {}

  record ChoicesJson(
      long ticketId,
      String ticketReference,
      @Nullable Long customerId,
      @Nullable Long productId,
      @Nullable Long lotId,
      List<RefundChoices.ProductChoice> products,
      List<RefundChoices.LotChoice> lots,
      List<RefundChoices.OrderChoice> salesOrders,
      @Nullable Long salesOrderId,
      List<InvoiceChoiceJson> invoices,
      List<Long> invoiceIds,
      String reason,
      List<RefundChoices.JournalChoice> journals,
      @Nullable Long journalId,
      LocalDate reversalDate,
      List<io.afterdesk.aftersales.ReasonCodeView> reasonCodes,
      @Nullable String emptyReason,
      boolean paymentsWarning) {

    static ChoicesJson of(RefundChoices c) {
      return new ChoicesJson(
          c.ticketId(),
          c.ticketReference(),
          c.customerId(),
          c.productId(),
          c.lotId(),
          c.products(),
          c.lots(),
          c.salesOrders(),
          c.salesOrderId(),
          c.invoices().stream()
              .map(
                  i ->
                      new InvoiceChoiceJson(
                          i.id(),
                          i.number(),
                          i.invoiceDate(),
                          i.salesOrderId(),
                          i.journalId(),
                          MoneyJson.of(i.total()),
                          MoneyJson.of(i.leftToCredit()),
                          MoneyJson.of(i.paid()),
                          java.util.Map.of(
                              RefundMode.REVERSE,
                              PreviewJson.of(i.reverse()),
                              RefundMode.REVERSE_AND_CREATE_INVOICE,
                              PreviewJson.of(i.reverseAndInvoice()))))
              .toList(),
          c.invoiceIds(),
          c.reason(),
          c.journals(),
          c.journalId(),
          c.reversalDate(),
          c.reasonCodes(),
          c.emptyReason(),
          c.paymentsWarning());
    }
  }

  @GetMapping("/refund")
  ChoicesJson choices(
      @PathVariable long ticketId,
      @RequestParam(required = false) String salesOrderId,
      @RequestParam(required = false) String productId,
      @RequestParam(required = false) String lotId) {
    return ChoicesJson.of(
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
