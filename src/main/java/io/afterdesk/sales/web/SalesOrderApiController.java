package io.afterdesk.sales.web;

import io.afterdesk.common.web.JsonPatches;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.InvoiceResponse;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderFilter;
import io.afterdesk.sales.SalesOrderState;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
 * {@code /api/v1/sales-orders}: every staff member reads, admins and managers change (agents get
 * 403). Confirm creates the delivery; {@code POST .../invoices} creates the draft invoice and
 * answers it (201, Location {@code /api/v1/invoices/{id}}).
 */
@RestController
@RequestMapping("/api/v1/sales-orders")
class SalesOrderApiController {

  private final SalesOrders orders;
  private final Invoices invoices;
  private final Customers customers;
  private final JsonPatches patches;

  SalesOrderApiController(
      SalesOrders orders, Invoices invoices, Customers customers, JsonPatches patches) {
    this.orders = orders;
    this.invoices = invoices;
    this.customers = customers;
    this.patches = patches;
  }

  /** Runs before the body is read, so an agent gets 403 whatever the body holds. */
  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change sales orders");
    }
  }

  @GetMapping
  PageResponse<SalesOrderResponse> list(
      @RequestParam(required = false) @Nullable SalesOrderState state,
      @RequestParam(required = false) @Nullable Boolean toInvoice,
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort) {
    PageQuery query = PageQuery.of(page, size, sort, q);
    List<Long> byName =
        query.q() == null
            ? List.of()
            : customers.search(query.q(), 200).stream().map(CustomerSummary::id).toList();
    return orders
        .page(new SalesOrderFilter(state, toInvoice, customerId, byName), query)
        .map(SalesOrderResponse::of);
  }

  @GetMapping("/{id}")
  SalesOrderResponse get(@PathVariable long id) {
    return SalesOrderResponse.of(orders.get(id));
  }

  @PostMapping
  ResponseEntity<SalesOrderResponse> create(@Valid @RequestBody SalesOrderRequest request) {
    SalesOrderView created = orders.create(request.toDraft(orders.currency()));
    return ResponseEntity.created(URI.create("/api/v1/sales-orders/" + created.id()))
        .body(SalesOrderResponse.of(created));
  }

  /** Quotation only (409 otherwise): the fields present replace the quotation's. */
  @PatchMapping("/{id}")
  SalesOrderResponse patch(@PathVariable long id, @RequestBody JsonNode body) {
    SalesOrderView current = orders.get(id);
    SalesOrderRequest merged =
        patches.merge(SalesOrderRequest.of(current), body, SalesOrderRequest.class);
    return SalesOrderResponse.of(
        orders.updateQuotation(id, merged.toDraft(orders.currency()), null));
  }

  @PostMapping("/{id}/confirm")
  SalesOrderResponse confirm(@PathVariable long id) {
    return SalesOrderResponse.of(orders.confirm(id));
  }

  @PostMapping("/{id}/cancel")
  SalesOrderResponse cancel(@PathVariable long id) {
    return SalesOrderResponse.of(orders.cancel(id));
  }

  @PostMapping("/{id}/invoices")
  ResponseEntity<InvoiceResponse> createInvoice(@PathVariable long id) {
    long invoiceId = orders.createInvoice(id);
    return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoiceId))
        .body(InvoiceResponse.of(invoices.get(invoiceId)));
  }
}
