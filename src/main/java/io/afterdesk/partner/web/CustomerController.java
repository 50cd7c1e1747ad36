package io.afterdesk.partner.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerFilter;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import io.afterdesk.partner.PortalAccessRules;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The customer pages: list (search, filters, pages, CSV), new, form (view and edit), archive. */
@Controller
@RequestMapping("/customers")
class CustomerController {

  private static final int CSV_LIMIT = PageQuery.MAX_SIZE;

  private final Customers customers;
  private final CustomerManagement management;
  private final MessageSource messages;

  CustomerController(Customers customers, CustomerManagement management, MessageSource messages) {
    this.customers = customers;
    this.management = management;
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
    model.addAttribute(
        "csvUrl",
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("format", "csv")
            .replaceQueryParam("page")
            .build()
            .toUriString());
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
      } catch (AccessDeniedException e) {
        errors.rejectValue("email", "partner.customer.portal.login-managers-only");
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
        customers
            .page(new CustomerFilter(true, null, false), new PageQuery(0, 500, "name", null))
            .items()
            .stream()
            .filter(c -> customer == null || c.id() != customer.id())
            .toList());
    model.addAttribute("addressTypes", AddressType.values());
    boolean managesPortal = PortalAccessRules.currentUserMayManage();
    model.addAttribute("managesPortal", managesPortal);
    model.addAttribute(
        "emailLocked", customer != null && customer.portalAccess() && !managesPortal);
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
