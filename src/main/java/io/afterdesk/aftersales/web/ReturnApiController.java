package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.returns.ReturnChoices;
import io.afterdesk.aftersales.returns.ReturnChoicesQuery;
import io.afterdesk.aftersales.returns.ReturnCommand;
import io.afterdesk.aftersales.returns.ReturnResult;
import io.afterdesk.aftersales.returns.ReturnWizard;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
 * The return wizard and the ticket's returns over HTTP: {@code GET /tickets/{id}/return} (defaults
 * and lines), {@code POST /tickets/{id}/return}, {@code GET /tickets/{id}/returns}. 404 for a
 * ticket the caller may not see, 409 when the team's Returns switch is off.
 */
@RestController
@RequestMapping("/api/v1/tickets/{ticketId}")
class ReturnApiController {

  /**
   * One line to return: a move of the delivery, the quantity (for a serial product, omitted = the
   * number of serials) and the lots/serials coming back. Named apart from the other APIs' line
   * records, so the OpenAPI document describes this one.
   */
  @Schema(name = "ReturnLineRequest")
  record ReturnLineRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long moveId,
      @Nullable @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
          BigDecimal quantity,
      @Nullable List<Long> lotIds) {}

  @Schema(name = "ReturnWizardRequest")
  record ReturnRequestJson(
      @Nullable Long deliveryId,
      @Nullable Long returnLocationId,
      @Size(max = TextLimits.CODE) @Nullable String reasonCode,
      @Nullable Boolean exchange,
      @Nullable List<@Valid ReturnLineRequest> lines) {}

  record ReturnJson(
      long id,
      String number,
      String state,
      @Nullable String origin,
      long destinationLocationId,
      String reasonCode,
      Instant linkedAt) {}

  private final ReturnWizard wizard;
  private final ReturnChoicesQuery choices;
  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final Transfers transfers;

  ReturnApiController(
      ReturnWizard wizard,
      ReturnChoicesQuery choices,
      TicketLinks links,
      AfterSalesTickets tickets,
      Transfers transfers) {
    this.wizard = wizard;
    this.choices = choices;
    this.links = links;
    this.tickets = tickets;
    this.transfers = transfers;
  }

  @GetMapping("/return")
  ReturnChoices choices(
      @PathVariable long ticketId,
      @RequestParam(required = false) Long salesOrderId,
      @RequestParam(required = false) Long deliveryId) {
    return choices.choices(ticketId, salesOrderId, deliveryId);
  }

  @PostMapping("/return")
  ResponseEntity<ReturnResult> createReturn(
      @PathVariable long ticketId,
      @Valid @RequestBody ReturnRequestJson request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    List<ReturnCommand.Line> lines =
        request.lines() == null
            ? List.of()
            : request.lines().stream()
                .filter(l -> l.moveId() != null)
                .map(l -> new ReturnCommand.Line(l.moveId(), l.quantity(), l.lotIds()))
                .toList();
    ReturnResult result =
        wizard.createReturn(
            ticketId,
            new ReturnCommand(
                request.deliveryId(),
                request.returnLocationId(),
                request.reasonCode(),
                Boolean.TRUE.equals(request.exchange()),
                lines),
            idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/transfers/" + result.returnId()))
        .body(result);
  }

  @GetMapping("/returns")
  PageResponse<ReturnJson> returns(@PathVariable long ticketId) {
    tickets.visible(ticketId);
    List<ReturnJson> items =
        links.ofTicket(ticketId, DocumentKind.RETURN).stream()
            .map(link -> json(link, transfers.get(link.documentId())))
            .toList();
    return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
  }

  private static ReturnJson json(TicketDocument link, TransferView t) {
    return new ReturnJson(
        t.id(),
        t.number(),
        t.state().name(),
        t.origin(),
        t.destinationLocationId(),
        link.reasonCode(),
        link.createdAt());
  }
}
