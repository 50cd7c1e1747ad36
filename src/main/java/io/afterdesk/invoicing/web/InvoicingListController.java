package io.afterdesk.invoicing.web;

import io.afterdesk.common.ReaderTexts;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.InvoiceFilter;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentState;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of invoices and credit notes: search, filters, pages, CSV. */
@Controller
class InvoicingListController {

  private final Invoices invoices;
  private final Customers customers;
  private final MessageSource messages;
  private final ReaderTexts texts;

  InvoicingListController(
      Invoices invoices, Customers customers, MessageSource messages, ReaderTexts texts) {
    this.texts = texts;
    this.invoices = invoices;
    this.customers = customers;
    this.messages = messages;
  }

  @GetMapping("/invoicing/invoices")
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable InvoiceKind kind,
      @RequestParam(required = false) @Nullable InvoiceState state,
      @RequestParam(required = false) @Nullable PaymentState paymentState,
      @RequestParam(required = false) @Nullable Long customerId,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    PageQuery query = PageQuery.of(page, null, sort, q);
    PageResponse<InvoiceRow> rows =
        invoices.page(filter(kind, state, paymentState, customerId, query), query);
    model.addAttribute("page", rows);
    model.addAttribute("customerNames", customerNames(rows.items()));
    model.addAttribute("kind", kind);
    model.addAttribute("state", state);
    model.addAttribute("paymentState", paymentState);
    model.addAttribute("kinds", InvoiceKind.values());
    model.addAttribute("states", InvoiceState.values());
    model.addAttribute("paymentStates", PaymentState.values());
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
    return "invoicing/list";
  }

  @GetMapping(value = "/invoicing/invoices", params = "format=csv")
  void csv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable InvoiceKind kind,
      @RequestParam(required = false) @Nullable InvoiceState state,
      @RequestParam(required = false) @Nullable PaymentState paymentState,
      @RequestParam(required = false) @Nullable Long customerId,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PageQuery query = new PageQuery(0, PageQuery.MAX_SIZE, null, q);
    List<InvoiceRow> rows =
        invoices.page(filter(kind, state, paymentState, customerId, query), query).items();
    Map<Long, String> names = customerNames(rows);
    List<String> headers =
        List.of(
                "number",
                "kind",
                "customer",
                "date",
                "due-date",
                "reference",
                "state",
                "payment-state",
                "untaxed",
                "tax",
                "total",
                "residual",
                "currency")
            .stream()
            .map(c -> messages.getMessage("invoicing.csv." + c, null, locale))
            .toList();
    CsvExport.write(
        response,
        "invoices.csv",
        headers,
        rows,
        r ->
            List.of(
                r.number() == null ? "" : r.number(),
                r.kind(),
                names.getOrDefault(r.customerId(), ""),
                r.invoiceDate(),
                r.dueDate() == null ? "" : r.dueDate(),
                Objects.requireNonNullElse(
                    texts.shown(r.reference(), r.referenceText(), locale), ""),
                r.state(),
                r.paymentState(),
                r.untaxed().rounded().amount().toPlainString(),
                r.tax().rounded().amount().toPlainString(),
                r.total().rounded().amount().toPlainString(),
                r.residual().rounded().amount().toPlainString(),
                r.total().currency().getCurrencyCode()));
  }

  private InvoiceFilter filter(
      @Nullable InvoiceKind kind,
      @Nullable InvoiceState state,
      @Nullable PaymentState paymentState,
      @Nullable Long customerId,
      PageQuery query) {
    Collection<Long> customerIds = null;
    if (query.q() != null) {
      customerIds = customers.search(query.q(), 200).stream().map(CustomerSummary::id).toList();
    }
    return new InvoiceFilter(kind, state, paymentState, customerId, null, customerIds);
  }

  private Map<Long, String> customerNames(List<InvoiceRow> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.customerId()));
    Map<Long, String> names = new HashMap<>();
    ids.forEach(id -> names.put(id, customerName(id)));
    return names;
  }

  private String customerName(long id) {
    return customers.find(id).map(CustomerSummary::displayName).orElse("#" + id);
  }
}
