package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentView;
import io.afterdesk.invoicing.Payments;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists of payments and of journals. */
@Controller
class PaymentListController {

  private final Payments payments;
  private final Invoices invoices;
  private final Customers customers;

  PaymentListController(Payments payments, Invoices invoices, Customers customers) {
    this.payments = payments;
    this.invoices = invoices;
    this.customers = customers;
  }

  @GetMapping("/invoicing/payments")
  String payments(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      Model model) {
    PageResponse<PaymentView> rows = payments.page(null, null, PageQuery.of(page, null, null, q));
    Map<Long, String> names = new HashMap<>();
    rows.items()
        .forEach(
            p ->
                names.computeIfAbsent(
                    p.customerId(),
                    id -> customers.find(id).map(CustomerSummary::displayName).orElse("#" + id)));
    model.addAttribute("page", rows);
    model.addAttribute("customerNames", names);
    return "invoicing/payments";
  }

  @GetMapping("/invoicing/journals")
  String journals(Model model) {
    model.addAttribute("journals", invoices.journals());
    return "invoicing/journals";
  }
}
