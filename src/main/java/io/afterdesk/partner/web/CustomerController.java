package io.afterdesk.partner.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerFilter;
import io.afterdesk.partner.CustomerList;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import io.afterdesk.partner.PortalAccessRules;
import io.afterdesk.partner.PortalChangeRefused;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer pages: new, form (view and edit), archive; the list is {@link
 * CustomerListController}.
 */
@Controller
@RequestMapping("/customers")
class CustomerController {

  private final Customers customers;
  private final CustomerList list;
  private final CustomerManagement management;

  CustomerController(Customers customers, CustomerList list, CustomerManagement management) {
    this.customers = customers;
    this.list = list;
    this.management = management;
  }

  @GetMapping("/new")
  String newCustomer(@RequestParam(required = false) @Nullable Long parentId, Model model) {
    model.addAttribute("form", CustomerForm.empty(parentId));
    return showForm(null, model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") CustomerForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        CustomerDetails created = management.create(form.toInput());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("partner.customer.created"));
        return "redirect:/customers/" + created.id();
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      }
    }
    return showForm(null, model);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    CustomerDetails customer = customers.visibleDetails(id);
    model.addAttribute("form", CustomerForm.of(customer));
    return showForm(customer, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") CustomerForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CustomerDetails customer = customers.visibleDetails(id);
    if (!errors.hasErrors()) {
      try {
        management.update(id, form.toInput(), form.version());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/customers/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (OptimisticLockingFailureException e) {
        errors.reject("error.stale-version");
      } catch (PortalChangeRefused e) {
        errors.rejectValue(e.field(), e.messageKey());
      }
    }
    return showForm(customer, model);
  }

  @PostMapping("/{id}/archive")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    customers.visibleDetails(id);
    management.archive(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("partner.customer.archived"));
    return "redirect:/customers/" + id;
  }

  @PostMapping("/{id}/unarchive")
  String unarchive(@PathVariable long id, RedirectAttributes redirect) {
    customers.visibleDetails(id);
    management.unarchive(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("partner.customer.unarchived"));
    return "redirect:/customers/" + id;
  }

  private String showForm(@Nullable CustomerDetails customer, Model model) {
    model.addAttribute("customer", customer);
    model.addAttribute(
        "companies",
        list
            .page(new CustomerFilter(true, null, false), new PageQuery(0, 500, "name", null))
            .items()
            .stream()
            .filter(c -> customer == null || c.id() != customer.id())
            .toList());
    model.addAttribute("addressTypes", AddressType.values());
    boolean managesPortal = PortalAccessRules.currentUserMayManage();
    model.addAttribute("managesPortal", managesPortal);
    boolean portalLocked = customer != null && customer.portalAccess() && !managesPortal;
    model.addAttribute("emailLocked", portalLocked);
    model.addAttribute("companyLocked", portalLocked);
    if (customer != null) {
      model.addAttribute(
          "contacts", customer.company() ? customers.contactsOf(customer.id()) : List.of());
      model.addAttribute(
          "commercialEntity",
          customer.commercialEntityId() == customer.id()
              ? customer
              : customers.details(customer.commercialEntityId()));
    }
    return "partner/form";
  }
}
