package io.afterdesk.helpdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.helpdesk.SmartButton;
import io.afterdesk.helpdesk.TicketCosts;
import io.afterdesk.helpdesk.TicketSmartButtons;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/** A ticket with its smart-button counts and after-sales cost, for the API. */
@org.springframework.stereotype.Component
class TicketJsons {

  static final List<String> SMART_BUTTON_KEYS =
      List.of("creditNotes", "coupons", "returns", "repairs", "tasks");

  private final Tickets tickets;
  private final ObjectProvider<TicketSmartButtons> contributors;
  private final ObjectProvider<TicketCosts> costContributors;
  private final AfterdeskProperties properties;

  TicketJsons(
      Tickets tickets,
      ObjectProvider<TicketSmartButtons> contributors,
      ObjectProvider<TicketCosts> costContributors,
      AfterdeskProperties properties) {
    this.tickets = tickets;
    this.contributors = contributors;
    this.costContributors = costContributors;
    this.properties = properties;
  }

  TicketJson full(TicketView ticket) {
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
    TicketJson.MoneyJson cost =
        new TicketJson.MoneyJson(
            total.amount().toPlainString(), total.currency().getCurrencyCode());
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
}
