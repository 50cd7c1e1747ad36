package io.afterdesk.helpdesk.web;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.common.web.PatchFields;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.TicketFilter;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Tickets over the API, with the same team rules as the pages. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApiController {

  private final Tickets tickets;
  private final TicketJsons jsons;

  TicketApiController(Tickets tickets, TicketJsons jsons) {
    this.tickets = tickets;
    this.jsons = jsons;
  }

  @GetMapping
  PageResponse<TicketJson> list(
      @RequestParam(required = false) Long teamId,
      @RequestParam(required = false) Long stageId,
      @RequestParam(required = false) Long assigneeId,
      @RequestParam(required = false) Long customerId,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean unassigned,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String q) {
    TicketFilter filter =
        new TicketFilter(teamId, stageId, assigneeId, customerId, mine, unassigned, open);
    return tickets.page(filter, PageQuery.of(page, size, sort, q)).map(TicketJson::row);
  }

  @GetMapping("/{id}")
  TicketJson get(@PathVariable long id) {
    return jsons.full(tickets.get(id));
  }

  @PostMapping
  ResponseEntity<TicketJson> create(@Valid @RequestBody TicketRequest request) {
    TicketView ticket =
        tickets.create(
            new TicketDraft(
                request.subject(),
                request.description(),
                request.teamId(),
                request.stageId(),
                request.assigneeId(),
                request.priority() == null ? 0 : request.priority(),
                request.customerId(),
                request.email(),
                request.productId(),
                request.lotId(),
                request.salesOrderId(),
                request.tagIds() == null ? List.of() : request.tagIds()));
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
        .body(jsons.full(ticket));
  }

  @PatchMapping("/{id}")
  TicketJson update(@PathVariable long id, @RequestBody JsonNode body) {
    TicketView current = tickets.get(id);
    PatchFields patch = PatchFields.of(body);
    TicketDraft draft =
        new TicketDraft(
            patch.text("subject", current.subject()),
            patch.optionalText("description", current.description()),
            patch.requiredLong("teamId", current.teamId()),
            patch.has("teamId") && !patch.has("stageId")
                ? null
                : patch.optionalLong("stageId", current.stageId()),
            patch.optionalLong("assigneeId", current.assigneeId()),
            patch.integer("priority", current.priority()),
            patch.optionalLong("customerId", current.customerId()),
            patch.optionalText("email", current.email()),
            patch.optionalLong("productId", current.productId()),
            patch.optionalLong("lotId", current.lotId()),
            patch.optionalLong("salesOrderId", current.salesOrderId()),
            patch.longs("tagIds", current.tagIds()));
    Long version = patch.optionalLong("version", null);
    return jsons.full(tickets.update(id, draft, version));
  }

  @PostMapping("/{id}/assign-to-me")
  TicketJson assignToMe(@PathVariable long id) {
    return jsons.full(tickets.assignToMe(id));
  }
}
