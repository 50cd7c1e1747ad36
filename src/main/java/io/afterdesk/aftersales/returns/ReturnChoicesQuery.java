package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.returns.ReturnChoices.DeliveryChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.OrderChoice;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.DoneDelivery;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.sales.CustomerPurchases;
import io.afterdesk.sales.SalesOrderRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return wizard's defaults and choices (SPEC §5), asked with a fixed number of queries: the
 * entity's done deliveries with the ticket's product in one, their orders' numbers in one, and only
 * the chosen delivery loaded whole.
 */
@Service
@Transactional(readOnly = true)
public class ReturnChoicesQuery {

  private final AfterSalesTickets tickets;
  private final ReasonCodes reasonCodes;
  private final Transfers transfers;
  private final CustomerPurchases purchases;
  private final TicketLinks links;
  private final ReturnableDeliveries deliveries;
  private final ReturnLocations locations;

  ReturnChoicesQuery(
      AfterSalesTickets tickets,
      ReasonCodes reasonCodes,
      Transfers transfers,
      CustomerPurchases purchases,
      TicketLinks links,
      ReturnableDeliveries deliveries,
      ReturnLocations locations) {
    this.tickets = tickets;
    this.reasonCodes = reasonCodes;
    this.transfers = transfers;
    this.purchases = purchases;
    this.links = links;
    this.deliveries = deliveries;
    this.locations = locations;
  }

  /** Whether the ticket's customer (commercial entity) has a done delivery. */
  public boolean hasDoneDelivery(long ticketId) {
    Long customer = tickets.visible(ticketId).customerId();
    return customer != null
        && !transfers.doneDeliveriesTo(deliveries.entityMembers(customer), null).isEmpty();
  }

  /**
   * The defaults and choices (404 invisible ticket, 409 Returns switched off or a delivery that is
   * not done). {@code salesOrderId} narrows the deliveries to that order's.
   */
  public ReturnChoices choices(
      long ticketId, @Nullable Long salesOrderId, @Nullable Long deliveryId) {
    TicketView ticket = tickets.forReturn(ticketId);
    List<DoneDelivery> done =
        ticket.customerId() == null
            ? List.of()
            : transfers.doneDeliveriesTo(
                deliveries.entityMembers(ticket.customerId()), ticket.productId());
    List<DeliveryChoice> offered =
        done.stream()
            .filter(d -> salesOrderId == null || salesOrderId.equals(d.salesOrderId()))
            .map(d -> new DeliveryChoice(d.id(), d.number(), d.salesOrderId(), d.doneAt()))
            .toList();
    TransferView delivery = null;
    if (deliveryId != null) {
      delivery = deliveries.requireDeliveryOf(ticket, deliveryId);
    } else if (!offered.isEmpty()) {
      delivery = transfers.get(offered.get(0).id());
    }
    List<LineChoice> lines = delivery == null ? List.of() : deliveries.lines(delivery);
    return new ReturnChoices(
        ticket.id(),
        ticket.reference(),
        ticket.customerId(),
        ticket.productId(),
        orders(ticket, done),
        salesOrderId != null ? salesOrderId : delivery == null ? null : delivery.salesOrderId(),
        offered,
        delivery == null ? null : delivery.id(),
        lines,
        locations.offeredFor(delivery),
        locations.chosenOrDefault(null, delivery),
        reasonCodes.active(),
        emptyReason(delivery, lines));
  }

  private static @Nullable String emptyReason(
      @Nullable TransferView delivery, List<LineChoice> lines) {
    if (delivery == null) {
      return "aftersales.return.empty.no-delivery";
    }
    return lines.stream().allMatch(l -> l.quantity().signum() <= 0)
        ? "aftersales.return.nothing-to-return"
        : null;
  }

  /** The orders of those deliveries, in the deliveries' order (latest first). */
  private List<OrderChoice> orders(TicketView ticket, List<DoneDelivery> done) {
    if (ticket.customerId() == null || done.stream().allMatch(d -> d.salesOrderId() == null)) {
      return List.of();
    }
    Map<Long, String> numbers = new HashMap<>();
    for (SalesOrderRow order : purchases.ofCommercialEntityOf(ticket.customerId())) {
      numbers.put(order.id(), order.number());
    }
    Map<Long, OrderChoice> orders = new LinkedHashMap<>();
    for (DoneDelivery d : done) {
      Long order = d.salesOrderId();
      if (order != null && numbers.containsKey(order)) {
        orders.putIfAbsent(order, new OrderChoice(order, numbers.get(order)));
      }
    }
    return new ArrayList<>(orders.values());
  }

  /** The return transfers made from the ticket (404 when invisible), oldest first. */
  public List<TransferView> returnsOf(long ticketId) {
    tickets.visible(ticketId);
    return transfers.findAll(
        links.ofTicket(ticketId, DocumentKind.RETURN).stream().map(l -> l.documentId()).toList());
  }
}
