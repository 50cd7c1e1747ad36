package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.returns.ReturnChoices.LineChoice;
import io.afterdesk.aftersales.returns.ReturnChoices.LotChoice;
import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.partner.Customers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a delivery of the ticket's customer offers for return, as inventory answers it: the lines
 * with what is left and the lots/serials still out. The dialog shows and the action accepts exactly
 * this.
 */
@Component
class ReturnableDeliveries {

  private final Transfers transfers;
  private final Customers customers;
  private final Products products;

  ReturnableDeliveries(Transfers transfers, Customers customers, Products products) {
    this.transfers = transfers;
    this.customers = customers;
    this.products = products;
  }

  /** The customer, its commercial entity and the entity's contacts (partner answers). */
  Set<Long> entityMembers(long customerId) {
    return customers.commercialEntityMembers(customerId);
  }

  /** A delivery of the ticket's commercial entity (422 otherwise), done (409 otherwise). */
  TransferView requireDeliveryOf(TicketView ticket, long deliveryId) {
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

  /** One line per move the delivery shipped, with what can still come back of it. */
  List<LineChoice> lines(TransferView delivery) {
    List<MoveView> shipped =
        delivery.moves().stream().filter(m -> m.doneQuantity().signum() > 0).toList();
    Map<Long, BigDecimal> returnable = transfers.returnableQuantities(delivery.id());
    Map<Long, List<Long>> lots =
        transfers.returnableLots(shipped.stream().map(MoveView::id).toList());
    Map<Long, ProductSummary> productsById = new HashMap<>();
    products
        .findAll(shipped.stream().map(MoveView::productId).distinct().toList())
        .forEach(p -> productsById.put(p.id(), p));
    Map<Long, String> lotNames = lotNames(lots.values().stream().flatMap(List::stream).toList());
    List<LineChoice> lines = new ArrayList<>();
    for (MoveView move : shipped) {
      BigDecimal left = returnable.getOrDefault(move.id(), BigDecimal.ZERO).max(BigDecimal.ZERO);
      ProductSummary product = productsById.get(move.productId());
      Tracking tracking = product == null ? Tracking.NONE : product.tracking();
      List<LotChoice> offered =
          tracking.tracked()
              ? lots.getOrDefault(move.id(), List.of()).stream()
                  .map(lot -> new LotChoice(lot, lotNames.getOrDefault(lot, "#" + lot)))
                  .toList()
              : List.of();
      List<Long> defaults =
          tracking == Tracking.SERIAL
              ? offered.stream().limit(left.longValue()).map(LotChoice::id).toList()
              : List.of();
      lines.add(
          new LineChoice(
              move.id(),
              move.productId(),
              product == null ? "#" + move.productId() : product.displayName(),
              ReturnLinePolicy.UNIT,
              tracking.name(),
              move.doneQuantity(),
              move.doneQuantity().subtract(left),
              left,
              offered,
              defaults));
    }
    return lines;
  }

  private Map<Long, String> lotNames(List<Long> lotIds) {
    Map<Long, String> names = new HashMap<>();
    products.findLots(lotIds).forEach(l -> names.put(l.id(), l.name()));
    return names;
  }

  String lotName(long lotId) {
    return products.findLot(lotId).map(LotSummary::name).orElse("#" + lotId);
  }

  String productName(long productId) {
    return products.find(productId).map(ProductSummary::displayName).orElse("#" + productId);
  }
}
