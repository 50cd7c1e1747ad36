package io.afterdesk.partner.web;

import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageLinks;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerFilter;
import io.afterdesk.partner.CustomerList;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list: search, filters, pages and its CSV export. */
@Controller
@RequestMapping("/customers")
class CustomerListController {

  private static final int CSV_LIMIT = PageQuery.MAX_SIZE;

  private final CustomerList customers;
  private final MessageSource messages;

  CustomerListController(CustomerList customers, MessageSource messages) {
    this.customers = customers;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false, defaultValue = "false") boolean archived,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    CustomerFilter filter = new CustomerFilter(companyFilter(kind), null, archived);
    model.addAttribute("page", customers.page(filter, PageQuery.of(page, null, sort, q)));
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("archived", archived);
    model.addAttribute("csvUrl", PageLinks.csvOfCurrentList());
    return "partner/list";
  }

  @GetMapping(params = "format=csv")
  void exportCsv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false, defaultValue = "false") boolean archived,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    CustomerFilter filter = new CustomerFilter(companyFilter(kind), null, archived);
    PageResponse<CustomerDetails> rows =
        customers.page(filter, new PageQuery(0, CSV_LIMIT, null, q));
    List<String> headers =
        List.of(
                "id", "name", "company", "parent", "email", "phone", "street", "zip", "city",
                "country", "active", "portal")
            .stream()
            .map(column -> messages.getMessage("partner.csv." + column, null, locale))
            .toList();
    CsvExport.write(
        response,
        "customers.csv",
        headers,
        rows.items(),
        c ->
            List.of(
                c.id(),
                c.name(),
                c.company(),
                c.parentName() == null ? "" : c.parentName(),
                nz(c.email()),
                nz(c.phone()),
                nz(c.street()),
                nz(c.zip()),
                nz(c.city()),
                nz(c.country()),
                c.active(),
                c.portalAccess()));
  }

  private static @Nullable Boolean companyFilter(@Nullable String kind) {
    if ("companies".equals(kind)) {
      return true;
    }
    if ("individuals".equals(kind)) {
      return false;
    }
    return null;
  }

  private static String nz(@Nullable String value) {
    return value == null ? "" : value;
  }
}
