package io.afterdesk.invoicing.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.InvoiceEditing;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.Payments;
import io.afterdesk.partner.Customers;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the invoice form shows besides the form itself: who may edit, the smart buttons (links of
 * other modules' documents come from the {@link DocumentLinks} registry), credit notes, payments,
 * and the customers and products to choose from.
 */
@Component
class InvoiceFormModel {

  static final String VIEW = "invoicing/form";

  /** The document type the sales module registers its orders under (an opaque name here). */
  private static final String SALES_ORDER_TYPE = "sales.order";

  private final Invoices invoices;
  private final Payments payments;
  private final Customers customers;
  private final Products products;
  private final InvoiceEditing editing;
  private final DocumentLinks links;

  InvoiceFormModel(
      Invoices invoices,
      Payments payments,
      Customers customers,
      Products products,
      InvoiceEditing editing,
      DocumentLinks links) {
    this.invoices = invoices;
    this.payments = payments;
    this.customers = customers;
    this.products = products;
    this.editing = editing;
    this.links = links;
  }

  /** The form of a new invoice. */
  String showNew(Model model) {
    model.addAttribute("invoice", null);
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
    model.addAttribute("canEditDraft", Permissions.isManagerOrAdmin());
    addChoices(model);
    return VIEW;
  }

  /** The form of an existing document. */
  String show(InvoiceView invoice, Model model) {
    model.addAttribute("invoice", invoice);
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
    model.addAttribute("canEditDraft", editing.canEditDraft(invoice));
    Locale locale = LocaleContextHolder.getLocale();
    DocumentRef origin = invoice.originRef();
    model.addAttribute("originLink", origin == null ? null : links.of(origin, locale).orElse(null));
    Long orderId = invoice.salesOrderId();
    model.addAttribute(
        "salesOrderLink",
        orderId == null
            ? null
            : links.of(new DocumentRef(SALES_ORDER_TYPE, orderId), locale).orElse(null));
    model.addAttribute(
        "customerName", customers.find(invoice.customerId()).map(c -> c.displayName()).orElse(""));
    List<InvoiceRow> creditNotes =
        invoice.isCreditNote() ? List.of() : invoices.creditNotesOf(invoice.id());
    model.addAttribute("creditNotes", creditNotes);
    model.addAttribute(
        "payments", payments.page(null, invoice.id(), new PageQuery(0, 100, null, null)).items());
    addChoices(model);
    return VIEW;
  }

  private void addChoices(Model model) {
    model.addAttribute("customers", customers.search("", 500));
    List<ProductSummary> all = products.search("", 500);
    model.addAttribute("products", all);
    Map<Long, String> names = new HashMap<>();
    all.forEach(p -> names.put(p.id(), p.displayName()));
    model.addAttribute("productNames", names);
  }
}
