package io.afterdesk.inventory;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.domain.LocationDirectory;
import io.afterdesk.inventory.domain.OnHand;
import io.afterdesk.inventory.domain.StockAdjustments;
import io.afterdesk.inventory.domain.StockReports;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock on hand per product, location and lot, and inventory adjustments. Stock on hand is kept in
 * a quant table changed in the same transaction as the done moves (and adjustments) that change it.
 * Other modules read it here; who may adjust (admins and managers) is checked by the callers.
 */
@Service
@Transactional(readOnly = true)
public class Stock {

  private final OnHand onHand;
  private final LocationDirectory locations;
  private final StockAdjustments adjustments;
  private final StockReports reports;

  Stock(
      OnHand onHand,
      LocationDirectory locations,
      StockAdjustments adjustments,
      StockReports reports) {
    this.onHand = onHand;
    this.locations = locations;
    this.adjustments = adjustments;
    this.reports = reports;
  }

  /** All active locations, WH/Stock first. */
  public List<LocationView> locations() {
    return locations.all();
  }

  public LocationView location(long locationId) {
    return locations.get(locationId);
  }

  /** The location of that name, e.g. {@code WH/Stock} or {@code WH/Returns}. */
  public LocationView locationNamed(String name) {
    return locations.named(name);
  }

  /** Stock of a product over all internal locations and lots. */
  public BigDecimal onHand(long productId) {
    return onHand.onHand(productId);
  }

  /** Whether a lot/serial of a product has stock at any internal location. */
  public boolean inStock(long productId, long lotId) {
    return onHand.inStock(productId, lotId);
  }

  /** Stock of a product at a location, over all lots. */
  public BigDecimal onHand(long productId, long locationId) {
    return onHand.onHand(productId, locationId);
  }

  /** Stock of a product at a location for one lot ({@code lotId} null: the untracked stock). */
  public BigDecimal onHand(long productId, long locationId, @Nullable Long lotId) {
    return onHand.onHand(productId, locationId, lotId);
  }

  /** The lots/serials of a product with stock above zero at a location, by name. */
  public List<LotStock> lotsInStock(long productId, long locationId) {
    return onHand.lotsInStock(productId, locationId);
  }

  /**
   * Sets the counted quantity of a product (and lot, required for tracked products, at most 1 for a
   * serial) at an internal location: the difference is a done move from or to Virtual/Inventory
   * adjustment. Field errors (422) for an unknown product, a service, a non-internal location, a
   * missing or foreign lot, a negative count.
   */
  @Transactional
  public AdjustmentResult adjust(
      long productId, long locationId, @Nullable Long lotId, BigDecimal countedQuantity) {
    return adjustments.adjust(productId, locationId, lotId, countedQuantity);
  }

  /**
   * One page of stock on hand (rows per product, location and lot), by product then location; with
   * a search text, only the products in {@code productIdsMatchingSearch} (found by the caller
   * through the catalog).
   */
  public PageResponse<StockLine> page(
      StockFilter filter, PageQuery query, @Nullable List<Long> productIdsMatchingSearch) {
    return reports.page(filter, query, productIdsMatchingSearch);
  }

  /** The latest done movements of a product (moves of done transfers and adjustments). */
  public List<StockHistoryEntry> history(long productId, int limit) {
    return reports.history(productId, limit);
  }
}
