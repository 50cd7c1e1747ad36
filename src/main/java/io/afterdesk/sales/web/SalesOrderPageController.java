package io.afterdesk.sales.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.Permissions;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales order pages: new quotation, the form (status bar, lines editable while a quotation,
 * delivered and invoiced quantities, totals, smart buttons to deliveries and invoices, chatter) and
 * the actions Confirm, Create invoice and Cancel. Every staff member reads; admins and managers
 * change (others get 403 on a POST).
 */
@Controller
class SalesOrderPageController {

  private final SalesOrders orders;
  private final Customers customers;
  private final Products products;
  private final UserManagement users;
  private final CurrentUser currentUser;
  private final Transfers transfers;
  private final Invoices invoices;

  SalesOrderPageController(
      SalesOrders orders,
      Customers customers,
      Products products,
      UserManagement users,
      CurrentUser currentUser,
      Transfers transfers,
      Invoices invoices) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.users = users;
    this.currentUser = currentUser;
    this.transfers = transfers;
    this.invoices = invoices;
  }

  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    if ("POST".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change sales orders");
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }

  @GetMapping("/sales/orders/new")
  String newOrder(Model model) {
    Permissions.requireManagerOrAdmin("change sales orders");
    model.addAttribute(
        "form",
        SalesOrderForm.empty(currentUser.principal().map(StaffPrincipal::userId).orElse(null)));
    return showNew(model);
  }

  @PostMapping("/sales/orders")
  String create(
      @Valid @ModelAttribute("form") SalesOrderForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String addLine,
      @RequestParam(required = false) @Nullable Integer removeLine,
      Model model,
      RedirectAttributes redirect) {
    SalesOrderForm edited = editLines(form, addLine, removeLine);
    if (edited != form) {
      model.addAttribute("form", edited);
      return showNew(model);
    }
    if (!errors.hasErrors()) {
      SalesOrderForm kept = form.withoutBlankRows();
      try {
        SalesOrderView created = orders.create(kept.toDraft());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales.order.created"));
        return "redirect:/sales/orders/" + created.id();
      } catch (FieldValidationException e) {
        return refused(kept, e, model, null);
      }
    }
    return showNew(model);
  }

  @GetMapping("/sales/orders/{id}")
  String show(@PathVariable long id, Model model) {
    SalesOrderView order = orders.get(id);
    model.addAttribute("form", SalesOrderForm.of(order));
    return showForm(order, model);
  }

  @PostMapping("/sales/orders/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") SalesOrderForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String addLine,
      @RequestParam(required = false) @Nullable Integer removeLine,
      Model model,
      RedirectAttributes redirect) {
    SalesOrderView order = orders.get(id);
    SalesOrderForm edited = editLines(form, addLine, removeLine);
    if (edited != form) {
      model.addAttribute("form", edited);
      return showForm(order, model);
    }
    if (!errors.hasErrors()) {
      SalesOrderForm kept = form.withoutBlankRows();
      try {
        orders.updateQuotation(id, kept.toDraft(), form.version());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/sales/orders/" + id;
      } catch (FieldValidationException e) {
        return refused(kept, e, model, order);
      } catch (BusinessRuleException e) {
        FormErrors.reject(errors, e);
      } catch (OptimisticLockingFailureException e) {
        errors.reject("error.stale-version");
      }
    }
    return showForm(order, model);
  }

  @PostMapping("/sales/orders/{id}/confirm")
  String confirm(@PathVariable long id, RedirectAttributes redirect) {
    orders.get(id);
    try {
      orders.confirm(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales.order.confirmed"));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/sales/orders/" + id;
  }

  @PostMapping("/sales/orders/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    orders.get(id);
    try {
      orders.cancel(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales.order.cancelled"));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/sales/orders/" + id;
  }

  /** Creates the draft invoice and opens it, as the accountant goes on to check and post it. */
  @PostMapping("/sales/orders/{id}/invoice")
  String createInvoice(@PathVariable long id, RedirectAttributes redirect) {
    orders.get(id);
    try {
      long invoiceId = orders.createInvoice(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales.order.invoice-created"));
      return "redirect:/invoicing/invoices/" + invoiceId;
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
      return "redirect:/sales/orders/" + id;
    }
  }

  /** Shows the service's field refusals next to the rows they name. */
  private String refused(
      SalesOrderForm kept,
      FieldValidationException e,
      Model model,
      @Nullable SalesOrderView order) {
    BindingResult result =
        new org.springframework.validation.BeanPropertyBindingResult(kept, "form");
    FormErrors.reject(result, e);
    model.addAttribute("form", kept);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    return order == null ? showNew(model) : showForm(order, model);
  }

  /** Adds an empty line or removes one; answers the same form when neither was asked. */
  private static SalesOrderForm editLines(
      SalesOrderForm form, @Nullable String addLine, @Nullable Integer removeLine) {
    if (addLine != null) {
      List<SalesOrderForm.LineForm> lines = new ArrayList<>(form.lineList());
      lines.add(SalesOrderForm.LineForm.empty());
      return form.withLines(lines);
    }
    if (removeLine != null && removeLine >= 0 && removeLine < form.lineList().size()) {
      List<SalesOrderForm.LineForm> lines = new ArrayList<>(form.lineList());
      lines.remove((int) removeLine);
      return form.withLines(lines);
    }
    return form;
  }

  private String showNew(Model model) {
    model.addAttribute("order", null);
    addChoices(model);
    return "sales/form";
  }

  private String showForm(SalesOrderView order, Model model) {
    model.addAttribute("order", order);
    model.addAttribute(
        "customerName", customers.find(order.customerId()).map(c -> c.displayName()).orElse(""));
    List<TransferView> deliveries = transfers.findAll(order.deliveryIds());
    List<TransferView> returns = transfers.findAll(order.returnIds());
    List<InvoiceRow> documents = invoices.ofSalesOrder(order.id());
    model.addAttribute("deliveries", deliveries);
    model.addAttribute("returns", returns);
    model.addAttribute(
        "invoiceRows",
        documents.stream()
            .filter(i -> i.kind() == io.afterdesk.invoicing.InvoiceKind.INVOICE)
            .toList());
    model.addAttribute(
        "creditNoteRows",
        documents.stream()
            .filter(i -> i.kind() == io.afterdesk.invoicing.InvoiceKind.CREDIT_NOTE)
            .toList());
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
