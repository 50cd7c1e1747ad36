package io.afterdesk.inventory.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.inventory.AdjustmentResult;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.LocationUsage;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.StockFilter;
import io.afterdesk.inventory.TransferFilter;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferRow;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.inventory.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/locations}, {@code /stock}, {@code /inventory-adjustments} and {@code /transfers}:
 * every staff member reads; admins and managers adjust, create, validate and cancel (agents 403).
 */
@RestController
@RequestMapping("/api/v1")
class InventoryApiController {

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

  record LineRequest(
      @NotNull Long productId,
      @NotNull @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
          BigDecimal quantity) {}

  record TransferRequest(
      @NotNull TransferKind kind,
      @Nullable Long customerId,
      @Size(max = 200) @Nullable String origin,
      @NotEmpty List<@Valid @NotNull LineRequest> lines) {}

  record MoveDoneRequest(
      @NotNull Long moveId,
      @NotNull @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
          BigDecimal quantity,
      @Nullable List<Long> lotIds) {}

  record ValidateRequest(@Nullable List<@Valid @NotNull MoveDoneRequest> moves) {}

  private final Transfers transfers;
  private final Stock stock;

  InventoryApiController(Transfers transfers, Stock stock) {
    this.transfers = transfers;
    this.stock = stock;
  }

  /** Runs before the body is read, so an agent gets 403 whatever the body holds. */
  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change stock and transfers");
    }
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

  @GetMapping("/transfers")
  PageResponse<TransferResponse> transfers(
      @RequestParam(required = false) @Nullable TransferKind kind,
      @RequestParam(required = false) @Nullable TransferState state,
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Long salesOrderId,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort) {
    PageResponse<TransferRow> rows =
        transfers.page(
            new TransferFilter(kind, state, customerId, salesOrderId),
            PageQuery.of(page, size, sort, q),
            List.of());
    List<TransferView> views =
        transfers.findAll(rows.items().stream().map(TransferRow::id).toList());
    return new PageResponse<>(
        views.stream().map(TransferResponse::of).toList(), rows.page(), rows.size(), rows.total());
  }

  @GetMapping("/transfers/{id}")
  TransferResponse transfer(@PathVariable long id) {
    return TransferResponse.of(transfers.get(id));
  }

  @PostMapping("/transfers")
  ResponseEntity<TransferResponse> create(@Valid @RequestBody TransferRequest request) {
    List<TransferLine> lines =
        request.lines().stream()
            .map(l -> new TransferLine(l.productId(), l.quantity(), null))
            .toList();
    TransferView created =
        switch (request.kind()) {
          case DELIVERY -> {
            if (request.customerId() == null) {
              throw FieldValidationException.of(
                  "customerId", "inventory.transfer.customer-required");
            }
            yield transfers.createDelivery(
                new DeliveryRequest(request.customerId(), null, request.origin(), null, lines));
          }
          case RECEIPT ->
              transfers.createReceipt(
                  new ReceiptRequest(request.customerId(), request.origin(), null, lines));
          case RETURN ->
              throw FieldValidationException.of("kind", "inventory.transfer.manual-kind");
        };
    return ResponseEntity.created(URI.create("/api/v1/transfers/" + created.id()))
        .body(TransferResponse.of(created));
  }

  @PostMapping("/transfers/{id}/validate")
  TransferResponse validate(
      @PathVariable long id, @Valid @RequestBody(required = false) @Nullable ValidateRequest body) {
    List<MoveDone> moves =
        body == null || body.moves() == null
            ? List.of()
            : body.moves().stream()
                .map(
                    m ->
                        new MoveDone(
                            m.moveId(), m.quantity(), m.lotIds() == null ? List.of() : m.lotIds()))
                .toList();
    ValidationResult result = transfers.validate(id, moves);
    return TransferResponse.of(
        result.transfer(), result.backorder() == null ? null : result.backorder().id());
  }

  @PostMapping("/transfers/{id}/cancel")
  TransferResponse cancel(@PathVariable long id) {
    return TransferResponse.of(transfers.cancel(id));
  }
}
