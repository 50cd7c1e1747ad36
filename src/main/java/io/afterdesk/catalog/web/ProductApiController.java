package io.afterdesk.catalog.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductFilter;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.JsonPatches;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/products} and their lots: every staff member reads, admins and managers create and
 * change (agents get 403).
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

  private final Products products;
  private final ProductManagement management;
  private final JsonPatches patches;

  ProductApiController(Products products, ProductManagement management, JsonPatches patches) {
    this.products = products;
    this.management = management;
    this.patches = patches;
  }

  /** Runs before the body is read, so an agent gets 403 whatever the body holds. */
  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change products");
    }
  }

  @GetMapping
  PageResponse<ProductResponse> list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable ProductType type,
      @RequestParam(required = false) @Nullable Tracking tracking,
      @RequestParam(required = false, defaultValue = "true") boolean active,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort) {
    return products
        .page(new ProductFilter(type, tracking, !active), PageQuery.of(page, size, sort, q))
        .map(p -> ProductResponse.of(p, null));
  }

  @GetMapping("/{id}")
  ProductResponse get(@PathVariable long id) {
    return ProductResponse.of(products.get(id), products.descriptionOf(id));
  }

  @PostMapping
  ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
    ProductSummary created = management.create(request.toInput(management.currency()));
    if (Boolean.FALSE.equals(request.active())) {
      management.archive(created.id());
      created = products.get(created.id());
    }
    return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
        .body(ProductResponse.of(created, products.descriptionOf(created.id())));
  }

  @PatchMapping("/{id}")
  ProductResponse patch(@PathVariable long id, @RequestBody JsonNode body) {
    ProductSummary current = products.get(id);
    ProductRequest merged =
        patches.merge(
            ProductRequest.of(current, products.descriptionOf(id)), body, ProductRequest.class);
    ProductSummary changed =
        management.update(id, merged.toInput(management.currency()), null, merged.active());
    return ProductResponse.of(changed, products.descriptionOf(id));
  }

  @GetMapping("/{id}/lots")
  PageResponse<LotResponse> lots(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    products.get(id);
    return products.lotPage(id, PageQuery.of(page, size, null, q)).map(LotResponse::of);
  }

  @GetMapping("/{id}/lots/{lotId}")
  LotResponse lot(@PathVariable long id, @PathVariable long lotId) {
    return products
        .findLot(lotId)
        .filter(lot -> lot.productId() == id)
        .map(LotResponse::of)
        .orElseThrow(() -> new NotFoundException("Lot", lotId));
  }

  @PostMapping("/{id}/lots")
  ResponseEntity<LotResponse> addLot(
      @PathVariable long id, @Valid @RequestBody LotRequest request) {
    LotSummary lot = management.addLot(id, request.name() == null ? "" : request.name());
    return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/lots/" + lot.id()))
        .body(LotResponse.of(lot));
  }
}
