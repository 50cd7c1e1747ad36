package io.afterdesk.partner.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.JsonPatches;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerFilter;
import io.afterdesk.partner.CustomerList;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/customers}: list, create, read and change customers (any staff role). */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

  private final Customers customers;
  private final CustomerList list;
  private final CustomerManagement management;
  private final JsonPatches patches;

  CustomerApiController(
      Customers customers, CustomerList list, CustomerManagement management, JsonPatches patches) {
    this.customers = customers;
    this.list = list;
    this.management = management;
    this.patches = patches;
  }

  @GetMapping
  PageResponse<CustomerResponse> list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable Boolean isCompany,
      @RequestParam(required = false) @Nullable Long parentId,
      @RequestParam(required = false, defaultValue = "true") boolean active) {
    return list.page(
            new CustomerFilter(isCompany, parentId, !active), PageQuery.of(page, size, sort, q))
        .map(CustomerResponse::of);
  }

  @GetMapping("/{id}")
  CustomerResponse get(@PathVariable long id) {
    return CustomerResponse.of(customers.visibleDetails(id));
  }

  @PostMapping
  ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
    CustomerDetails created =
        withApiFieldNames(
            () -> {
              CustomerDetails customer = management.create(request.toInput());
              if (Boolean.FALSE.equals(request.active())) {
                management.archive(customer.id());
                return customers.details(customer.id());
              }
              return customer;
            });
    return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id()))
        .body(CustomerResponse.of(created));
  }

  @PatchMapping("/{id}")
  CustomerResponse patch(@PathVariable long id, @RequestBody JsonNode body) {
    CustomerDetails current = customers.visibleDetails(id);
    CustomerRequest merged =
        patches.merge(CustomerRequest.of(current), body, CustomerRequest.class);
    return CustomerResponse.of(
        withApiFieldNames(() -> management.update(id, merged.toInput(), null, merged.active())));
  }

  /** The domain names the company flag {@code company}; the API calls it {@code isCompany}. */
  private static <T> T withApiFieldNames(Supplier<T> action) {
    try {
      return action.get();
    } catch (FieldValidationException e) {
      throw new FieldValidationException(
          e.errors().stream()
              .map(
                  error ->
                      error.field().equals("company")
                          ? new FieldError("isCompany", error.messageKey(), error.arguments())
                          : error)
              .toList());
    }
  }
}
