package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.IdempotencyKeys;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.returns.ReturnChoices.DeliveryChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LocationChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LotChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.OrderChoice;
import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.ReturnExceedsDelivered;
import io.afterdesk.inventory.ReturnRequest;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrders;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return wizard of SPEC §5: defaults and choices, and its two actions (Return, Return for
 * Exchange). The return transfer, the exchange delivery, the links, the notes and the idempotency
 * record are written in one transaction; the cap (delivered − returned per move) is enforced by
 * inventory under the delivery's row lock, and its refusal is answered as "You cannot return more
 * than <n> <unit> of <product>.". The lots/serials chosen go into the return request as the return
 * moves' planned lots (inventory checks they were shipped and, for serials, not coming back
 * already; validation preselects them and refuses others); they are also kept here
 * (aftersales_return_lot) so a serial is offered once while a return of it is open or done.
 */
@Service
@Transactional
public class ReturnWizard {

  static final String ACTION = "return";
  static final String UNIT = "Units";

  /** The unit as a refusal names it, in the reader's language ({@code aftersales.unit.Units}). */
  static final MessageSourceResolvable UNIT_LABEL =
      new DefaultMessageSourceResolvable(new String[] {"aftersales.unit." + UNIT}, UNIT);

  private final AfterSalesTickets tickets;
  private final ReasonCodes reasonCodes;
  private final Transfers transfers;
  private final Stock stock;
  private final Customers customers;
  private final Products products;
  private final SalesOrders salesOrders;
  private final TicketLinks links;
  private final IdempotencyKeys idempotency;
  private final Threads threads;
  private final CurrentUser currentUser;
  private final MessageSource messages;

  ReturnWizard(
      AfterSalesTickets tickets,
      ReasonCodes reasonCodes,
      Transfers transfers,
      Stock stock,
      Customers customers,
      Products products,
      SalesOrders salesOrders,
      TicketLinks links,
      IdempotencyKeys idempotency,
      Threads threads,
      CurrentUser currentUser,
      MessageSource messages) {
    this.tickets = tickets;
    this.reasonCodes = reasonCodes;
    this.transfers = transfers;
    this.stock = stock;
    this.customers = customers;
    this.products = products;
    this.salesOrders = salesOrders;
    this.links = links;
    this.idempotency = idempotency;
    this.threads = threads;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** Whether the ticket's customer (commercial entity) has a done delivery. */
  @Transactional(readOnly = true)
  public boolean hasDoneDelivery(long ticketId) {
    Long customer = tickets.visible(ticketId).customerId();
    return customer != null && !doneDeliveriesOf(customer).isEmpty();
  }

  /**
   * The defaults and choices (404 invisible ticket, 409 Returns switched off or a delivery that is
   * not done). {@code salesOrderId} narrows the deliveries to that order's.
   */
  @Transactional(readOnly = true)
  public ReturnChoices choices(
      long ticketId, @Nullable Long salesOrderId, @Nullable Long deliveryId) {
    TicketView ticket = tickets.forReturn(ticketId);
    Long product = ticket.productId();
    List<TransferRow> all =
        ticket.customerId() == null ? List.of() : doneDeliveriesOf(ticket.customerId());
    List<TransferRow> withProduct =
        all.stream().filter(d -> product == null || ships(d.id(), product)).toList();
    Map<Long, OrderChoice> orders = new LinkedHashMap<>();
    for (TransferRow d : withProduct) {
      if (d.salesOrderId() != null && !orders.containsKey(d.salesOrderId())) {
        salesOrders
            .find(d.salesOrderId())
            .ifPresent(o -> orders.put(o.id(), new OrderChoice(o.id(), o.number())));
      }
    }
    List<DeliveryChoice> deliveries =
        withProduct.stream()
            .filter(d -> salesOrderId == null || salesOrderId.equals(d.salesOrderId()))
            .map(d -> new DeliveryChoice(d.id(), d.number(), d.salesOrderId(), d.doneAt()))
            .toList();
    TransferView delivery = null;
    if (deliveryId != null) {
      delivery = requireDeliveryOf(ticket, deliveryId);
    } else if (!deliveries.isEmpty()) {
      delivery = transfers.get(deliveries.get(0).id());
    }
    List<LineChoice> lines = delivery == null ? List.of() : lines(delivery);
    String emptyReason = null;
    if (delivery == null) {
      emptyReason = "aftersales.return.empty.no-delivery";
    } else if (lines.stream().allMatch(l -> l.quantity().signum() <= 0)) {
      emptyReason = "aftersales.return.nothing-to-return";
    }
    List<LocationChoice> locations = returnLocations(delivery);
    Long location = defaultReturnLocation(null, delivery);
    return new ReturnChoices(
        ticket.id(),
        ticket.reference(),
        ticket.customerId(),
        product,
        new ArrayList<>(orders.values()),
        salesOrderId != null ? salesOrderId : delivery == null ? null : delivery.salesOrderId(),
        deliveries,
        delivery == null ? null : delivery.id(),
        lines,
        locations,
        location,
        reasonCodes.active(),
        emptyReason);
  }

  /** The return transfers made from the ticket (404 when invisible), oldest first. */
  @Transactional(readOnly = true)
  public List<TransferView> returnsOf(long ticketId) {
    tickets.visible(ticketId);
    return transfers.findAll(
        links.ofTicket(ticketId, DocumentKind.RETURN).stream().map(l -> l.documentId()).toList());
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
    TransferView delivery = requireDeliveryOf(ticket, command.deliveryId());
    Long location = defaultReturnLocation(command.returnLocationId(), delivery);
    if (location == null || returnLocations(delivery).stream().noneMatch(l -> l.id() == location)) {
      throw FieldValidationException.of("returnLocationId", "aftersales.return.location.invalid");
    }
    Map<Long, LineChoice> offered = new LinkedHashMap<>();
    lines(delivery).forEach(l -> offered.put(l.moveId(), l));
    if (offered.values().stream().allMatch(l -> l.quantity().signum() <= 0)) {
      throw new BusinessRuleException("aftersales.return.nothing-to-return");
    }
    List<ReturnRequest.ReturnLine> lines = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ReturnCommand.Line line : command.lines()) {
      LineChoice choice = offered.get(line.moveId());
      if (choice == null) {
        throw FieldValidationException.of("lines", "aftersales.return.line.unknown", line.moveId());
      }
      if (!seen.add(line.moveId())) {
        throw FieldValidationException.of("lines", "aftersales.return.line.twice", line.moveId());
      }
      BigDecimal quantity = line.quantity();
      if (quantity == null) {
        quantity = new BigDecimal(line.lotIds().size());
      }
      if (quantity.signum() < 0) {
        throw FieldValidationException.of("lines", "aftersales.return.line.negative");
      }
      if (quantity.signum() == 0) {
        continue;
      }
      if (quantity.compareTo(choice.quantity()) > 0) {
        throw exceeds(choice);
      }
      Set<Long> available = new HashSet<>(choice.lots().stream().map(LotChoice::id).toList());
      for (long lot : line.lotIds()) {
        if (!available.contains(lot)) {
          throw new BusinessRuleException(
              "aftersales.return.lot-not-returnable", lotName(lot), choice.productName());
        }
      }
      if (new HashSet<>(line.lotIds()).size() != line.lotIds().size()) {
        throw FieldValidationException.of("lines", "aftersales.return.lot-twice");
      }
      if ("SERIAL".equals(choice.tracking())
          && !line.lotIds().isEmpty()
          && quantity.compareTo(new BigDecimal(line.lotIds().size())) != 0) {
        throw FieldValidationException.of("lines", "aftersales.return.serial-count");
      }
      lines.add(new ReturnRequest.ReturnLine(line.moveId(), quantity, line.lotIds()));
    }
    if (lines.isEmpty()) {
      throw new BusinessRuleException("aftersales.return.zero-quantity");
    }
    TransferView ret;
    try {
      ret =
          transfers.createReturn(
              new ReturnRequest(
                  delivery.id(),
                  location,
                  "Return of " + delivery.number(),
                  AfterSalesTickets.ref(ticket.id()),
                  lines));
    } catch (ReturnExceedsDelivered e) {
      throw capRefusal(delivery, e);
    }
    Long userId = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    links.add(ticket.id(), DocumentKind.RETURN, ret.id(), reasonCode, userId);
    createdNotes(ticket, ret, "aftersales.note.return-created");
    Long exchangeId = null;
    if (command.exchange()) {
      List<TransferLine> out = new ArrayList<>();
      for (ReturnRequest.ReturnLine line : lines) {
        MoveView move = delivery.move(line.moveId()).orElseThrow();
        out.add(new TransferLine(move.productId(), line.quantity(), move.salesOrderLineId()));
      }
      TransferView exchange =
          transfers.createDelivery(
              new DeliveryRequest(
                  Objects.requireNonNull(delivery.customerId()),
                  delivery.salesOrderId(),
                  "Exchange of " + delivery.number(),
                  AfterSalesTickets.ref(ticket.id()),
                  out));
      links.add(ticket.id(), DocumentKind.DELIVERY, exchange.id(), reasonCode, userId);
      createdNotes(ticket, exchange, "aftersales.note.exchange-created");
      exchangeId = exchange.id();
    }
    return new ReturnResult(ret.id(), exchangeId);
  }

  /** Inventory refused under its lock (another return came first): name the line that is over. */
  private BusinessRuleException capRefusal(TransferView delivery, ReturnExceedsDelivered e) {
    MoveView move = delivery.move(e.moveId()).orElseThrow();
    return new BusinessRuleException(
        "aftersales.return.exceeds", plain(e.max()), UNIT_LABEL, productName(move.productId()));
  }

  private BusinessRuleException exceeds(LineChoice choice) {
    return new BusinessRuleException(
        "aftersales.return.exceeds", plain(choice.quantity()), UNIT_LABEL, choice.productName());
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A delivery of the ticket's commercial entity (422 otherwise), done (409 otherwise). */
  private TransferView requireDeliveryOf(TicketView ticket, long deliveryId) {
    TransferView delivery =
        transfers
            .find(deliveryId)
            .filter(t -> t.kind() == TransferKind.DELIVERY)
            .filter(
                t ->
                    ticket.customerId() != null
                        && t.customerId() != null
                        && entityMembers(ticket.customerId()).contains(t.customerId()))
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "deliveryId", "aftersales.return.delivery.unknown"));
    if (delivery.state() != TransferState.DONE) {
      throw new BusinessRuleException("aftersales.return.not-done");
    }
    return delivery;
  }

  /** One line per move of the delivery with what can still come back. */
  private List<LineChoice> lines(TransferView delivery) {
    Map<Long, BigDecimal> returnable = transfers.returnableQuantities(delivery.id());
    Map<Long, List<Long>> returnableLots =
        transfers.returnableLots(delivery.moves().stream().map(MoveView::id).toList());
    List<LineChoice> lines = new ArrayList<>();
    for (MoveView move : delivery.moves()) {
      if (move.doneQuantity().signum() <= 0) {
        continue;
      }
      BigDecimal left = returnable.getOrDefault(move.id(), BigDecimal.ZERO).max(BigDecimal.ZERO);
      ProductSummary product = products.find(move.productId()).orElse(null);
      Tracking tracking = product == null ? Tracking.NONE : product.tracking();
      List<LotChoice> lots = new ArrayList<>();
      if (tracking.tracked()) {
        for (long lot : returnableLots.getOrDefault(move.id(), List.of())) {
          lots.add(new LotChoice(lot, lotName(lot)));
        }
      }
      List<Long> defaults =
          tracking == Tracking.SERIAL
              ? lots.stream().limit(left.longValue()).map(LotChoice::id).toList()
              : List.of();
      lines.add(
          new LineChoice(
              move.id(),
              move.productId(),
              product == null ? "#" + move.productId() : product.displayName(),
              UNIT,
              tracking.name(),
              move.doneQuantity(),
              move.doneQuantity().subtract(left),
              left,
              lots,
              defaults));
    }
    return lines;
  }

  /** The location chosen, else the warehouse's return location, else the delivery's source. */
  private @Nullable Long defaultReturnLocation(
      @Nullable Long chosen, @Nullable TransferView delivery) {
    if (chosen != null) {
      return chosen;
    }
    return stock.locations().stream()
        .filter(LocationView::returnLocation)
        .map(LocationView::id)
        .findFirst()
        .orElse(delivery == null ? null : delivery.sourceLocationId());
  }

  /**
   * Where the goods may come back to (SPEC §5): a location flagged return location, or the
   * delivery's source location. The dialog offers and the action accepts exactly these.
   */
  private List<LocationChoice> returnLocations(@Nullable TransferView delivery) {
    return stock.locations().stream()
        .filter(
            l -> l.returnLocation() || (delivery != null && l.id() == delivery.sourceLocationId()))
        .map(l -> new LocationChoice(l.id(), l.name(), l.nameVi()))
        .toList();
  }

  private boolean ships(long deliveryId, long productId) {
    return transfers.get(deliveryId).moves().stream()
        .anyMatch(m -> m.productId() == productId && m.doneQuantity().signum() > 0);
  }

  /** The done deliveries of the customer's commercial entity, latest first. */
  private List<TransferRow> doneDeliveriesOf(long customerId) {
    List<TransferRow> rows = new ArrayList<>();
    for (long member : entityMembers(customerId)) {
      rows.addAll(
          allRows(new TransferFilter(TransferKind.DELIVERY, TransferState.DONE, member, null)));
    }
    rows.sort(
        Comparator.comparing((TransferRow r) -> r.doneAt() == null ? Instant.MIN : r.doneAt())
            .thenComparingLong(TransferRow::id)
            .reversed());
    return rows;
  }

  private List<TransferRow> allRows(TransferFilter filter) {
    List<TransferRow> rows = new ArrayList<>();
    int page = 0;
    while (true) {
      PageResponse<TransferRow> result =
          transfers.page(filter, PageQuery.of(page, PageQuery.MAX_SIZE, null, null), List.of());
      rows.addAll(result.items());
      if ((long) (page + 1) * PageQuery.MAX_SIZE >= result.total()) {
        return rows;
      }
      page++;
    }
  }

  private Set<Long> entityMembers(long customerId) {
    long entity = customers.commercialEntityOf(customerId);
    Set<Long> members = new HashSet<>();
    customers.membersOfCommercialEntity(entity).stream()
        .map(CustomerSummary::id)
        .forEach(members::add);
    members.add(entity);
    members.add(customerId);
    return members;
  }

  private String productName(long productId) {
    return products.find(productId).map(ProductSummary::displayName).orElse("#" + productId);
  }

  private String lotName(long lotId) {
    return products.findLot(lotId).map(LotSummary::name).orElse("#" + lotId);
  }

  /** "<link> Return created" on the ticket and "Created from ticket <link>" on the transfer. */
  private void createdNotes(TicketView ticket, TransferView transfer, String key) {
    threads.log(
        AfterSalesTickets.ref(ticket.id()),
        text(key),
        transfer.number(),
        tickets.urlOf(new DocumentRef(Transfers.DOCUMENT_TYPE, transfer.id())));
    threads.log(
        new DocumentRef(Transfers.DOCUMENT_TYPE, transfer.id()),
        text("aftersales.note.created-from-ticket"),
        ticket.reference(),
        tickets.url(ticket.id()));
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }
}
