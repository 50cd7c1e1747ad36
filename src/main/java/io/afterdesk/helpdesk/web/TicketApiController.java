package io.afterdesk.helpdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.common.web.PatchFields;
import io.afterdesk.helpdesk.SmartButton;
import io.afterdesk.helpdesk.TicketCosts;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.TicketFilter;
import io.afterdesk.helpdesk.TicketRow;
import io.afterdesk.helpdesk.TicketSmartButtons;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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

  static final List<String> SMART_BUTTON_KEYS =
      List.of("creditNotes", "coupons", "returns", "repairs", "tasks");

  record MoneyJson(String amount, String currency) {}

  record TicketJson(
      long id,
      String reference,
      String subject,
      @Nullable String description,
      long teamId,
      String team,
      long stageId,
      String stage,
      boolean closed,
      @Nullable Long assigneeId,
      @Nullable String assignee,
      int priority,
      @Nullable Long customerId,
      @Nullable String customer,
      @Email @Size(max = TextLimits.EMAIL) @Nullable String email,
      @Nullable Long productId,
      @Nullable Long lotId,
      @Nullable Long salesOrderId,
      @Nullable List<Long> tagIds,
      Instant createdAt,
      @Nullable Instant closedAt,
      @Nullable Map<String, Long> smartButtons,
      @Nullable MoneyJson afterSalesCost) {}

  record TicketRequest(
      @NotBlank @Size(max = TextLimits.SUBJECT) String subject,
      @Size(max = TextLimits.DESCRIPTION) @Nullable String description,
      @NotNull Long teamId,
      @Nullable Long stageId,
      @Nullable Long assigneeId,
      @Nullable Integer priority,
      @Nullable Long customerId,
      @Nullable String email,
      @Nullable Long productId,
      @Nullable Long lotId,
      @Nullable Long salesOrderId,
      @Nullable List<Long> tagIds) {}

  private final Tickets tickets;
  private final ObjectProvider<TicketSmartButtons> contributors;
  private final ObjectProvider<TicketCosts> costContributors;
  private final AfterdeskProperties properties;

  TicketApiController(
      Tickets tickets,
      ObjectProvider<TicketSmartButtons> contributors,
      ObjectProvider<TicketCosts> costContributors,
      AfterdeskProperties properties) {
    this.tickets = tickets;
    this.contributors = contributors;
    this.costContributors = costContributors;
    this.properties = properties;
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
    return tickets.page(filter, PageQuery.of(page, size, sort, q)).map(TicketApiController::row);
  }

  @GetMapping("/{id}")
  TicketJson get(@PathVariable long id) {
    return full(tickets.get(id));
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
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id())).body(full(ticket));
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
    return full(tickets.update(id, draft, version));
  }

  @PostMapping("/{id}/assign-to-me")
  TicketJson assignToMe(@PathVariable long id) {
    return full(tickets.assignToMe(id));
  }

  private TicketJson full(TicketView ticket) {
    Map<String, Long> counts = new LinkedHashMap<>();
    SMART_BUTTON_KEYS.forEach(key -> counts.put(key, 0L));
    for (SmartButton button :
        tickets.smartButtons(ticket.id(), contributors.orderedStream().toList())) {
      counts.computeIfPresent(button.key(), (key, count) -> count + button.count());
    }
    io.afterdesk.common.Money total =
        tickets.afterSalesCost(
            ticket.id(),
            costContributors.orderedStream().toList(),
            java.util.Currency.getInstance(properties.currencyCode()));
    MoneyJson cost =
        new MoneyJson(total.amount().toPlainString(), total.currency().getCurrencyCode());
    return new TicketJson(
        ticket.id(),
        ticket.reference(),
        ticket.subject(),
        ticket.description(),
        ticket.teamId(),
        ticket.teamName(),
        ticket.stageId(),
        ticket.stageName(),
        ticket.closed(),
        ticket.assigneeId(),
        ticket.assigneeName(),
        ticket.priority(),
        ticket.customerId(),
        ticket.customerName(),
        ticket.email(),
        ticket.productId(),
        ticket.lotId(),
        ticket.salesOrderId(),
        ticket.tagIds(),
        ticket.createdAt(),
        ticket.closedAt(),
        counts,
        cost);
  }

  private static TicketJson row(TicketRow row) {
    return new TicketJson(
        row.id(),
        row.reference(),
        row.subject(),
        null,
        row.teamId(),
        row.teamName(),
        row.stageId(),
        row.stageName(),
        row.closed(),
        row.assigneeId(),
        row.assigneeName(),
        row.priority(),
        row.customerId(),
        row.customerName(),
        row.email(),
        null,
        null,
        null,
        null,
        row.createdAt(),
        row.closedAt(),
        null,
        null);
  }
}
