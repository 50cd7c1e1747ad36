package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.ActionContext;
import io.afterdesk.aftersales.domain.AfterSalesAction;
import io.afterdesk.aftersales.domain.AfterSalesActions;
import io.afterdesk.aftersales.domain.AfterSalesService;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.ReturnExceedsDelivered;
import io.afterdesk.inventory.ReturnRequest;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferOriginTexts;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return wizard's two actions (SPEC §5: Return, Return for Exchange), run on the one
 * after-sales path ({@link AfterSalesActions}: visibility, the Returns switch, idempotency, the
 * reason code, the links and the keyed notes, all in one transaction). The lines are checked by
 * {@link ReturnLinePolicy} against what inventory offers; the lots/serials chosen become the return
 * moves' planned lots in inventory, which keeps the cap (delivered − returned per move) under the
 * delivery's row lock and refuses with {@link ReturnExceedsDelivered} when another return came
 * first.
 */
@Service
@Transactional
public class ReturnWizard {

  static final String RETURN_CREATED = "aftersales.note.return-created";
  static final String EXCHANGE_CREATED = "aftersales.note.exchange-created";

  private final AfterSalesActions actions;
  private final Transfers transfers;
  private final ReturnableDeliveries deliveries;
  private final ReturnLocations locations;
  private final TransferLinks transferLinks;

  ReturnWizard(
      AfterSalesActions actions,
      Transfers transfers,
      ReturnableDeliveries deliveries,
      ReturnLocations locations,
      TransferLinks transferLinks) {
    this.actions = actions;
    this.transfers = transfers;
    this.deliveries = deliveries;
    this.locations = locations;
    this.transferLinks = transferLinks;
  }

  /**
   * Makes the return (and, with {@code exchange}, the new delivery) on the after-sales path. With
   * {@code idempotencyKey}, a repeat answers the first result and makes nothing.
   */
  public ReturnResult createReturn(
      long ticketId, ReturnCommand command, @Nullable String idempotencyKey) {
    return actions.run(
        new AfterSalesAction<>(
            AfterSalesService.RETURNS,
            TicketId.of(ticketId),
            command.reasonCode(),
            idempotencyKey,
            command.fingerprint(),
            new AfterSalesAction.ResultCodec<>(ReturnResult::encode, ReturnResult::decode),
            context -> execute(context, command)));
  }

  private ReturnResult execute(ActionContext context, ReturnCommand command) {
    TicketView ticket = context.ticket();
    if (command.deliveryId() == null) {
      throw FieldValidationException.of("deliveryId", "aftersales.return.delivery.required");
    }
    TransferView delivery = deliveries.requireDeliveryOf(ticket, command.deliveryId());
    long location = locations.require(command.returnLocationId(), delivery);
    List<ReturnRequest.ReturnLine> lines =
        ReturnLinePolicy.accept(deliveries.lines(delivery), command.lines(), deliveries::lotName);
    TransferView ret = returnOf(ticket, delivery, location, lines);
    made(context, DocumentKind.RETURN, ret, RETURN_CREATED);
    if (!command.exchange()) {
      return new ReturnResult(ret.id(), null);
    }
    TransferView exchange = exchangeOf(ticket, delivery, lines);
    made(context, DocumentKind.DELIVERY, exchange, EXCHANGE_CREATED);
    return new ReturnResult(ret.id(), exchange.id());
  }

  private void made(
      ActionContext context, DocumentKind kind, TransferView transfer, String noteKey) {
    context.made(
        kind,
        TransferLinks.ref(transfer.id()),
        transferLinks.of(transfer.id(), transfer.number()),
        noteKey);
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
              null,
              AfterSalesTickets.ref(ticket.id()),
              lines,
              TransferOriginTexts.returnOf(delivery.number())));
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
            null,
            AfterSalesTickets.ref(ticket.id()),
            out,
            TransferOriginTexts.exchangeOf(delivery.number())));
  }

  /** Inventory refused under its lock (another return came first): name the line that is over. */
  private BusinessRuleException capRefusal(TransferView delivery, ReturnExceedsDelivered e) {
    MoveView move = delivery.move(e.moveId()).orElseThrow();
    return ReturnLinePolicy.exceeds(e.max(), deliveries.productName(move.productId()));
  }
}
