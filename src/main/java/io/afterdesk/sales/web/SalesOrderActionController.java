package io.afterdesk.sales.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.web.Flash;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the order form: Confirm, Cancel and Create invoice, for admins and managers (403
 * otherwise). A refusal comes back as a flash message on the order.
 */
@Controller
class SalesOrderActionController {

  private final SalesOrders orders;
  private final DocumentLinks links;

  SalesOrderActionController(SalesOrders orders, DocumentLinks links) {
    this.links = links;
    this.orders = orders;
  }

  @ModelAttribute
  void onlyEditors() {
    Permissions.requireManagerOrAdmin("change sales orders");
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
      return "redirect:" + links.staffUrl(new DocumentRef(Invoices.DOCUMENT_TYPE, invoiceId));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
      return "redirect:/sales/orders/" + id;
    }
  }
}
