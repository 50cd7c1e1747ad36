package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.IdempotencyKeys;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.ReturnExceedsDelivered;
import io.afterdesk.inventory.ReturnRequest;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return wizard's two actions (SPEC §5: Return, Return for Exchange). The return transfer, the
 * exchange delivery, the links, the notes and the idempotency record are written in one
 * transaction. The lines are checked by {@link ReturnLinePolicy} against what inventory offers; the
 * lots/serials chosen become the return moves' planned lots in inventory, which keeps the cap
 * (delivered − returned per move) under the delivery's row lock and refuses with {@link
 * ReturnExceedsDelivered} when another return came first.
 */
@Service
@Transactional
public class ReturnWizard {

  static final String ACTION = "return";

  private final AfterSalesTickets tickets;
  private final ReasonCodes reasonCodes;
  private final Transfers transfers;
  private final TicketLinks links;
  private final IdempotencyKeys idempotency;
  private final CurrentUser currentUser;
  private final ReturnableDeliveries deliveries;
  private final ReturnLocations locations;
  private final ReturnNotes notes;

  ReturnWizard(
      AfterSalesTickets tickets,
      ReasonCodes reasonCodes,
      Transfers transfers,
      TicketLinks links,
      IdempotencyKeys idempotency,
      CurrentUser currentUser,
      ReturnableDeliveries deliveries,
      ReturnLocations locations,
      ReturnNotes notes) {
    this.tickets = tickets;
    this.reasonCodes = reasonCodes;
    this.transfers = transfers;
    this.links = links;
    this.idempotency = idempotency;
    this.currentUser = currentUser;
    this.deliveries = deliveries;
    this.locations = locations;
    this.notes = notes;
  }

  /**
   * Makes the return (and, with {@code exchange}, the new delivery). With {@code idempotencyKey}, a
   * repeat answers the first result and makes nothing.
   */
  public ReturnResult createReturn(
      long ticketId, ReturnCommand command, @Nullable String idempotencyKey) {
    TicketView ticket = tickets.forReturn(ticketId);
    boolean keyed = idempotencyKey != null && !idempotencyKey.isBlank();
    if (keyed) {
      Optional<String> first =
          idempotency.claim(idempotencyKey, ticketId, ACTION, command.fingerprint());
      if (first.isPresent()) {
        return ReturnResult.decode(first.get());
      }
    }
    ReturnResult result = execute(ticket, command);
    if (keyed) {
      idempotency.complete(idempotencyKey, result.encode());
    }
    return result;
  }

  private ReturnResult execute(TicketView ticket, ReturnCommand command) {
    String reasonCode =
        reasonCodes.requireActive(Objects.toString(command.reasonCode(), ""), "reasonCode").code();
    if (command.deliveryId() == null) {
      throw FieldValidationException.of("deliveryId", "aftersales.return.delivery.required");
    }
    TransferView delivery = deliveries.requireDeliveryOf(ticket, command.deliveryId());
    long location = locations.require(command.returnLocationId(), delivery);
    List<ReturnRequest.ReturnLine> lines =
        ReturnLinePolicy.accept(deliveries.lines(delivery), command.lines(), deliveries::lotName);
    TransferView ret = returnOf(ticket, delivery, location, lines);
    Long userId = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    links.add(ticket.id(), DocumentKind.RETURN, ret.id(), reasonCode, userId);
    notes.created(ticket, ret, "aftersales.note.return-created");
    if (!command.exchange()) {
      return new ReturnResult(ret.id(), null);
    }
    TransferView exchange = exchangeOf(ticket, delivery, lines);
    links.add(ticket.id(), DocumentKind.DELIVERY, exchange.id(), reasonCode, userId);
    notes.created(ticket, exchange, "aftersales.note.exchange-created");
    return new ReturnResult(ret.id(), exchange.id());
  }

  private TransferView returnOf(
      TicketView ticket,
      TransferView delivery,
      long location,
      List<ReturnRequest.ReturnLine> lines) {
    try {
      return transfers.createReturn(
          new ReturnRequest(
              delivery.id(),
              location,
              "Return of " + delivery.number(),
              AfterSalesTickets.ref(ticket.id()),
              lines));
    } catch (ReturnExceedsDelivered e) {
      throw capRefusal(delivery, e);
    }
  }

  /** The new delivery of what comes back, for the same customer and order. */
  private TransferView exchangeOf(
      TicketView ticket, TransferView delivery, List<ReturnRequest.ReturnLine> lines) {
    List<TransferLine> out =
        lines.stream()
            .map(
                line -> {
                  MoveView move = delivery.move(line.moveId()).orElseThrow();
                  return new TransferLine(
                      move.productId(), line.quantity(), move.salesOrderLineId());
                })
            .toList();
    return transfers.createDelivery(
        new DeliveryRequest(
            Objects.requireNonNull(delivery.customerId()),
            delivery.salesOrderId(),
            "Exchange of " + delivery.number(),
            AfterSalesTickets.ref(ticket.id()),
            out));
  }

  /** Inventory refused under its lock (another return came first): name the line that is over. */
  private BusinessRuleException capRefusal(TransferView delivery, ReturnExceedsDelivered e) {
    MoveView move = delivery.move(e.moveId()).orElseThrow();
    return ReturnLinePolicy.exceeds(e.max(), deliveries.productName(move.productId()));
  }
}
