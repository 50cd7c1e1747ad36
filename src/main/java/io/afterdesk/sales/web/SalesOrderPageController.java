package io.afterdesk.sales.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.Permissions;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales order pages: new quotation and the form (status bar, lines editable while a quotation,
 * delivered and invoiced quantities, totals, smart buttons to deliveries and invoices, chatter);
 * the actions are in {@link SalesOrderActionController}. Every staff member reads; admins and
 * managers change (others get 403 on a POST).
 */
@Controller
class SalesOrderPageController {

  private final SalesOrders orders;
  private final SalesOrderPages pages;
  private final CurrentUser currentUser;
  private final Clock clock;

  SalesOrderPageController(
      SalesOrders orders, SalesOrderPages pages, CurrentUser currentUser, Clock clock) {
    this.orders = orders;
    this.pages = pages;
    this.currentUser = currentUser;
    this.clock = clock;
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
        SalesOrderForm.empty(
            currentUser.principal().map(StaffPrincipal::userId).orElse(null),
            LocalDate.now(clock)));
    return pages.showNew(model);
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
      return pages.showNew(model);
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
    return pages.showNew(model);
  }

  @GetMapping("/sales/orders/{id}")
  String show(@PathVariable long id, Model model) {
    SalesOrderView order = orders.get(id);
    model.addAttribute("form", SalesOrderForm.of(order));
    return pages.showForm(order, model);
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
      return pages.showForm(order, model);
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
    return pages.showForm(order, model);
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
    return order == null ? pages.showNew(model) : pages.showForm(order, model);
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
}
