package io.afterdesk.sales.web;

import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderFilter;
import io.afterdesk.sales.SalesOrderRow;
import io.afterdesk.sales.SalesOrderState;
import io.afterdesk.sales.SalesOrders;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales order list: search on number and customer, filters state and "to invoice", pagination,
 * CSV export of what the filters select. Every staff member reads it.
 */
@Controller
class SalesOrderListController {

  private final SalesOrders orders;
  private final Customers customers;
  private final UserManagement users;
  private final MessageSource messages;

  SalesOrderListController(
      SalesOrders orders, Customers customers, UserManagement users, MessageSource messages) {
    this.orders = orders;
    this.customers = customers;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/sales/orders")
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable SalesOrderState state,
      @RequestParam(required = false) @Nullable Boolean toInvoice,
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    PageQuery query = PageQuery.of(page, null, sort, q);
    PageResponse<SalesOrderRow> rows =
        orders.page(filter(state, toInvoice, customerId, query), query);
    model.addAttribute("page", rows);
    model.addAttribute("customerNames", customerNames(rows.items()));
    model.addAttribute("salespersonNames", salespersonNames());
    model.addAttribute("state", state);
    model.addAttribute("toInvoice", Boolean.TRUE.equals(toInvoice));
    model.addAttribute("states", SalesOrderState.values());
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
    return "sales/list";
  }

  @GetMapping(value = "/sales/orders", params = "format=csv")
  void csv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable SalesOrderState state,
      @RequestParam(required = false) @Nullable Boolean toInvoice,
      @RequestParam(required = false) @Nullable Long customerId,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PageQuery query = new PageQuery(0, PageQuery.MAX_SIZE, null, q);
    List<SalesOrderRow> rows =
        orders.page(filter(state, toInvoice, customerId, query), query).items();
    Map<Long, String> names = customerNames(rows);
    Map<Long, String> people = salespersonNames();
    List<String> headers =
        List.of(
                "number",
                "customer",
                "date",
                "salesperson",
                "state",
                "to-invoice",
                "untaxed",
                "tax",
                "total",
                "currency")
            .stream()
            .map(c -> messages.getMessage("sales.csv." + c, null, locale))
            .toList();
    CsvExport.write(
        response,
        "sales-orders.csv",
        headers,
        rows,
        r ->
            List.of(
                r.number(),
                names.getOrDefault(r.customerId(), ""),
                r.orderDate(),
                r.salespersonId() == null ? "" : people.getOrDefault(r.salespersonId(), ""),
                r.state(),
                r.toInvoice(),
                r.untaxed().rounded().amount().toPlainString(),
                r.tax().rounded().amount().toPlainString(),
                r.total().rounded().amount().toPlainString(),
                r.total().currency().getCurrencyCode()));
  }

  private SalesOrderFilter filter(
      @Nullable SalesOrderState state,
      @Nullable Boolean toInvoice,
      @Nullable Long customerId,
      PageQuery query) {
    List<Long> byName =
        query.q() == null
            ? List.of()
            : customers.search(query.q(), 200).stream().map(CustomerSummary::id).toList();
    return new SalesOrderFilter(
        state, Boolean.TRUE.equals(toInvoice) ? Boolean.TRUE : null, customerId, byName);
  }

  private Map<Long, String> customerNames(List<SalesOrderRow> rows) {
    Map<Long, String> names = new HashMap<>();
    rows.stream()
        .map(SalesOrderRow::customerId)
        .distinct()
        .forEach(
            id ->
                names.put(
                    id, customers.find(id).map(CustomerSummary::displayName).orElse("#" + id)));
    return names;
  }

  private Map<Long, String> salespersonNames() {
    Map<Long, String> names = new HashMap<>();
    users.all().forEach(u -> names.put(u.id(), u.name()));
    return names;
  }
}
