package io.afterdesk.inventory.web;

import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.AdjustmentResult;
import io.afterdesk.inventory.LocationUsage;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.StockFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/locations}, {@code /stock} and {@code /inventory-adjustments}: every staff member
 * reads; admins and managers adjust (agents 403, see {@link InventoryEditAccess}).
 */
@RestController
@RequestMapping("/api/v1")
class StockApiController {

  record LocationResponse(
      long id, String name, @Nullable String nameVi, LocationUsage usage, boolean returnLocation) {
    static LocationResponse of(LocationView l) {
      return new LocationResponse(l.id(), l.name(), l.nameVi(), l.usage(), l.returnLocation());
    }
  }

  record StockResponse(long productId, long locationId, @Nullable Long lotId, String quantity) {}

  record AdjustmentRequest(
      @NotNull Long productId,
      @NotNull Long locationId,
      @Nullable Long lotId,
      @NotNull @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
          BigDecimal quantity) {}

  record AdjustmentResponse(
      long id,
      long productId,
      long locationId,
      @Nullable Long lotId,
      String quantity,
      String difference) {
    static AdjustmentResponse of(AdjustmentResult a) {
      return new AdjustmentResponse(
          a.adjustmentId(),
          a.productId(),
          a.locationId(),
          a.lotId(),
          Quantities.plain(a.countedQuantity()),
          Quantities.plain(a.difference()));
    }
  }

  private final Stock stock;

  StockApiController(Stock stock) {
    this.stock = stock;
  }

  @GetMapping("/locations")
  PageResponse<LocationResponse> locations() {
    List<LocationResponse> all = stock.locations().stream().map(LocationResponse::of).toList();
    return new PageResponse<>(all, 0, all.size(), all.size());
  }

  @GetMapping("/stock")
  PageResponse<StockResponse> stock(
      @RequestParam(required = false) @Nullable Long productId,
      @RequestParam(required = false) @Nullable Long locationId,
      @RequestParam(required = false) @Nullable Long lotId,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return stock
        .page(
            new StockFilter(productId, locationId, lotId, locationId == null, true),
            PageQuery.of(page, size, null, null),
            null)
        .map(
            s ->
                new StockResponse(
                    s.productId(), s.locationId(), s.lotId(), Quantities.plain(s.quantity())));
  }

  @PostMapping("/inventory-adjustments")
  ResponseEntity<AdjustmentResponse> adjust(@Valid @RequestBody AdjustmentRequest request) {
    AdjustmentResult result =
        stock.adjust(
            request.productId(), request.locationId(), request.lotId(), request.quantity());
    return ResponseEntity.created(
            URI.create(
                "/api/v1/stock?productId="
                    + result.productId()
                    + "&locationId="
                    + result.locationId()))
        .body(AdjustmentResponse.of(result));
  }
}
