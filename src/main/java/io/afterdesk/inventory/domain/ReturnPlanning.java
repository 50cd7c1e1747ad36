package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.ReaderTexts;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.ReturnExceedsDelivered;
import io.afterdesk.inventory.ReturnRequest;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns of done deliveries: each return move is linked to the delivery move it brings back, and
 * never more of a move comes back than was delivered (the delivery row is locked meanwhile).
 */
@Service
@Transactional
public class ReturnPlanning {

  private final TransferOperations operations;
  private final TransferRepository transfers;
  private final LocationDirectory locations;
  private final JdbcClient jdbc;
  private final Products products;
  private final ReturnQueries queries;
  private final ReaderTexts texts;

  ReturnPlanning(
      TransferOperations operations,
      TransferRepository transfers,
      LocationDirectory locations,
      JdbcClient jdbc,
      Products products,
      ReturnQueries queries,
      ReaderTexts texts) {
    this.products = products;
    this.queries = queries;
    this.texts = texts;
    this.operations = operations;
    this.transfers = transfers;
    this.locations = locations;
    this.jdbc = jdbc;
  }

  /** A ready return (see {@link io.afterdesk.inventory.Transfers#createReturn}). */
  public Transfer create(ReturnRequest request) {
    Transfer delivery = operations.lockAndLoad(request.deliveryId());
    if (delivery.kind() != TransferKind.DELIVERY || delivery.state() != TransferState.DONE) {
      throw new BusinessRuleException("inventory.return.delivery-not-done", delivery.number());
    }
    long destination =
        request.destinationLocationId() == null
            ? locations.named(LocationDirectory.STOCK).id()
            : request.destinationLocationId();
    if (locations.find(destination).filter(LocationView::internal).isEmpty()) {
      throw FieldValidationException.of(
          "destinationLocationId", "inventory.return.location-internal");
    }
    if (request.lines().isEmpty()) {
      throw FieldValidationException.of("lines", "inventory.transfer.lines-required");
    }
    List<Move> moves = new ArrayList<>();
    Map<Long, BigDecimal> returnable = returnableQuantities(delivery);
    for (int i = 0; i < request.lines().size(); i++) {
      ReturnRequest.ReturnLine line = request.lines().get(i);
      Move delivered =
          delivery.moves().stream()
              .filter(m -> m.id() != null && m.id() == line.moveId())
              .findFirst()
              .orElseThrow(
                  () ->
                      FieldValidationException.of(
                          "lines[" + line.moveId() + "].moveId",
                          "inventory.validate.unknown-move",
                          line.moveId()));
      if (line.quantity() == null || line.quantity().signum() <= 0) {
        throw FieldValidationException.of(
            "lines[" + line.moveId() + "].quantity", "inventory.move.quantity-positive");
      }
      BigDecimal left = returnable.getOrDefault(line.moveId(), BigDecimal.ZERO);
      if (line.quantity().compareTo(left) > 0) {
        throw new ReturnExceedsDelivered(line.moveId(), left, delivery.number());
      }
      returnable.put(line.moveId(), left.subtract(line.quantity()));
      checkPlannedLots(delivered, line);
      moves.add(
          Move.planned(
              delivered.productId(),
              line.quantity(),
              delivered.salesOrderLineId(),
              delivered.id(),
              line.lotIds()));
    }
    TransferHeader header =
        new TransferHeader(
            TransferKind.RETURN,
            delivery.customerId(),
            delivery.salesOrderId(),
            texts.stored(
                request.origin() == null ? delivery.number() : request.origin(),
                request.originText()),
            request.originRef(),
            locations.named(LocationDirectory.CUSTOMERS).id(),
            destination,
            operations.today(),
            request.originText());
    return operations.create(header, moves);
  }

  /**
   * The lots/serials named for a returned move: the product's tracking allows them, each was
   * shipped by the delivery move, none twice; a serial is not coming back already (in a return that
   * is not cancelled) and a serial product names as many serials as units.
   */
  private void checkPlannedLots(Move delivered, ReturnRequest.ReturnLine line) {
    List<Long> lotIds = line.lotIds();
    if (lotIds.isEmpty()) {
      return;
    }
    ProductSummary product = products.get(delivered.productId());
    if (!product.tracking().tracked()) {
      throw new BusinessRuleException("inventory.move.untracked-lot", product.displayName());
    }
    if (new HashSet<>(lotIds).size() != lotIds.size()) {
      throw FieldValidationException.of(
          "lines[" + line.moveId() + "].lotIds", "inventory.validate.duplicate-lot");
    }
    Set<Long> shipped = new HashSet<>();
    delivered.lines().forEach(l -> shipped.add(l.lotId()));
    for (Long lot : lotIds) {
      if (!shipped.contains(lot)) {
        throw new BusinessRuleException("inventory.return.lot-not-delivered", lotName(lot));
      }
    }
    if (product.tracking() == Tracking.SERIAL) {
      if (line.quantity().compareTo(BigDecimal.valueOf(lotIds.size())) != 0) {
        throw new BusinessRuleException(
            "inventory.move.serial-count",
            product.displayName(),
            line.quantity().stripTrailingZeros().toPlainString(),
            lotIds.size());
      }
      Set<Long> taken =
          queries.takenLots(List.of(delivered.id())).getOrDefault(delivered.id(), Set.of());
      for (Long lot : lotIds) {
        if (taken.contains(lot)) {
          throw new BusinessRuleException("inventory.return.lot-already-returned", lotName(lot));
        }
      }
    }
  }

  private String lotName(long lotId) {
    return products.findLot(lotId).map(l -> l.name()).orElse("#" + lotId);
  }

  /**
   * What can still be returned of each move of a done delivery: its done quantity minus what every
   * return of it that is not cancelled takes (done returns count what was done, others what is
   * planned).
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> returnableQuantities(long deliveryId) {
    return returnableQuantities(
        transfers
            .findById(deliveryId)
            .orElseThrow(() -> new NotFoundException("Transfer", deliveryId)));
  }

  private Map<Long, BigDecimal> returnableQuantities(Transfer delivery) {
    Map<Long, BigDecimal> left = new LinkedHashMap<>();
    delivery.moves().forEach(m -> left.put(m.id(), m.doneQuantity()));
    if (left.isEmpty()) {
      return left;
    }
    jdbc.sql(
            "select m.return_of_move_id, sum(case when t.state = 'DONE' then m.done_quantity"
                + " else m.quantity end) from stock_move m join transfer t on t.id = m.transfer_id"
                + " where t.kind = 'RETURN' and t.state <> 'CANCELLED'"
                + " and m.return_of_move_id in (:moves) group by m.return_of_move_id")
        .param("moves", left.keySet())
        .query(
            (rs, row) -> {
              long moveId = rs.getLong(1);
              BigDecimal taken = rs.getBigDecimal(2);
              left.computeIfPresent(moveId, (k, v) -> v.subtract(taken));
              return null;
            })
        .list();
    return left;
  }
}
