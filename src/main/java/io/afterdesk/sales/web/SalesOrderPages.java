package io.afterdesk.sales.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the order form shows besides the form itself: the order's documents for the smart buttons,
 * and the customers, sellable products and salespeople to choose from.
 */
@Component
class SalesOrderPages {

  private final Customers customers;
  private final Products products;
  private final UserManagement users;
  private final Transfers transfers;
  private final Invoices invoices;

  SalesOrderPages(
      Customers customers,
      Products products,
      UserManagement users,
      Transfers transfers,
      Invoices invoices) {
    this.customers = customers;
    this.products = products;
    this.users = users;
    this.transfers = transfers;
    this.invoices = invoices;
  }

  String showNew(Model model) {
    model.addAttribute("order", null);
    addChoices(model);
    return "sales/form";
  }

  String showForm(SalesOrderView order, Model model) {
    model.addAttribute("order", order);
    model.addAttribute(
        "customerName", customers.find(order.customerId()).map(c -> c.displayName()).orElse(""));
    List<TransferView> deliveries = transfers.findAll(order.deliveryIds());
    List<TransferView> returns = transfers.findAll(order.returnIds());
    List<InvoiceRow> documents = invoices.ofSalesOrder(order.id());
    model.addAttribute("deliveries", deliveries);
    model.addAttribute("returns", returns);
    model.addAttribute(
        "invoiceRows", documents.stream().filter(i -> i.kind() == InvoiceKind.INVOICE).toList());
    model.addAttribute(
        "creditNoteRows",
        documents.stream().filter(i -> i.kind() == InvoiceKind.CREDIT_NOTE).toList());
    addChoices(model);
    return "sales/form";
  }

  private void addChoices(Model model) {
    model.addAttribute("customers", customers.search("", 500));
    List<ProductSummary> sellable =
        products.search("", 500).stream().filter(ProductSummary::saleOk).toList();
    model.addAttribute("products", sellable);
    Map<Long, String> names = new HashMap<>();
    sellable.forEach(p -> names.put(p.id(), p.displayName()));
    model.addAttribute("productNames", names);
    List<UserSummary> staff = users.activeUsers();
    model.addAttribute("salespeople", staff);
    Map<Long, String> people = new HashMap<>();
    users.all().forEach(u -> people.put(u.id(), u.name()));
    model.addAttribute("salespersonNames", people);
  }
}
