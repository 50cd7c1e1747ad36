package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.MoveDone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what a user says was done of a move (a quantity and lots/serials) into move lines: one line
 * per serial; for several lots, the quantity taken from the lots in the order given as far as each
 * can give (stock at an internal source, for a return what the delivery shipped of the lot), the
 * last one taking the rest; the lots must be the product's.
 */
@Component
class LotAllocation {

  private final Products products;
  private final LocationDirectory locations;
  private final JdbcClient jdbc;
  private final ReturnQueries returns;

  LotAllocation(
      Products products, LocationDirectory locations, JdbcClient jdbc, ReturnQueries returns) {
    this.products = products;
    this.locations = locations;
    this.jdbc = jdbc;
    this.returns = returns;
  }

  DoneMove linesOf(Transfer transfer, Move move, MoveDone given, ProductInfo product) {
    BigDecimal quantity = given.quantity();
    if (quantity == null) {
      throw FieldValidationException.of("moves", "inventory.move.quantity-required");
    }
    List<Long> lotIds = given.lotIds();
    Set<Long> distinct = new HashSet<>(lotIds);
    for (Long lotId : distinct) {
      if (products.findLot(lotId).filter(l -> l.productId() == move.productId()).isEmpty()) {
        throw FieldValidationException.of(
            "moves", "inventory.validate.unknown-lot", lotId, product.name());
      }
    }
    if (quantity.signum() <= 0) {
      return new DoneMove(quantity, List.of());
    }
    Tracking tracking = product.tracking();
    if (tracking == Tracking.NONE) {
      if (!lotIds.isEmpty()) {
        throw new BusinessRuleException("inventory.move.untracked-lot", product.name());
      }
      return new DoneMove(quantity, List.of(new MoveLine(null, quantity)));
    }
    if (tracking == Tracking.SERIAL) {
      return new DoneMove(
          quantity, lotIds.stream().map(lot -> new MoveLine(lot, BigDecimal.ONE)).toList());
    }
    if (lotIds.size() <= 1) {
      return new DoneMove(
          quantity, lotIds.stream().map(lot -> new MoveLine(lot, quantity)).toList());
    }
    if (distinct.size() != lotIds.size()) {
      throw FieldValidationException.of("moves", "inventory.validate.duplicate-lot");
    }
    LongFunction<BigDecimal> availableOf = availability(transfer, move, product);
    List<MoveLine> lines = new ArrayList<>();
    BigDecimal left = quantity;
    for (int i = 0; i < lotIds.size() && left.signum() > 0; i++) {
      boolean last = i == lotIds.size() - 1;
      BigDecimal available = availableOf.apply(lotIds.get(i)).max(BigDecimal.ZERO);
      BigDecimal take = last ? left : left.min(available);
      if (take.signum() > 0) {
        lines.add(new MoveLine(lotIds.get(i), take));
        left = left.subtract(take);
      }
    }
    return new DoneMove(quantity, lines);
  }

  /**
   * How much each lot can give: its stock at an internal source; for a return, what the returned
   * delivery move shipped of it and did not get back yet. Goods from elsewhere name one lot a line.
   */
  private LongFunction<BigDecimal> availability(Transfer transfer, Move move, ProductInfo product) {
    if (locations.get(transfer.sourceLocationId()).internal()) {
      return lot -> onHand(move.productId(), transfer.sourceLocationId(), lot);
    }
    Long delivered = move.returnOfMoveId();
    if (delivered == null) {
      throw new BusinessRuleException("inventory.move.one-lot-per-line", product.name());
    }
    Map<Long, BigDecimal> left = returns.returnableLotQuantities(delivered);
    return lot -> left.getOrDefault(lot, BigDecimal.ZERO);
  }

  private BigDecimal onHand(long productId, long locationId, long lotId) {
    return jdbc.sql(
            "select coalesce(sum(quantity), 0) from stock_quant where product_id = :p"
                + " and location_id = :l and lot_id = :lot")
        .param("p", productId)
        .param("l", locationId)
        .param("lot", lotId)
        .query(BigDecimal.class)
        .single();
  }
}
