package io.afterdesk.portal.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.helpdesk.PortalTickets;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.partner.PortalPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The customer's tickets: the list of their commercial entity's tickets, one ticket with its
 * messages (never internal notes or tracking) and a reply form, and a form to open a ticket. A
 * ticket of another entity answers 404.
 */
@Controller
class PortalTicketController {

  record ReplyForm(@NotBlank @Size(max = TextLimits.MESSAGE) String body) {}

  record NewTicketForm(
      @NotBlank @Size(max = TextLimits.SUBJECT) String subject,
      @Size(max = TextLimits.DESCRIPTION) @Nullable String description) {}

  private final PortalTickets tickets;

  PortalTicketController(PortalTickets tickets) {
    this.tickets = tickets;
  }

  @GetMapping({"/my", "/my/tickets"})
  String list(
      @AuthenticationPrincipal PortalPrincipal customer,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute(
        "page",
        tickets.ofCommercialEntity(
            customer.commercialEntityId(), PageQuery.of(page, 20, "createdAt,desc", null)));
    model.addAttribute("customer", customer);
    return "portal/tickets";
  }

  @GetMapping("/my/tickets/{id}")
  String show(
      @AuthenticationPrincipal PortalPrincipal customer, @PathVariable long id, Model model) {
    model.addAttribute("reply", new ReplyForm(""));
    return ticketPage(customer, id, model);
  }

  @PostMapping("/my/tickets/{id}/reply")
  String reply(
      @AuthenticationPrincipal PortalPrincipal customer,
      @PathVariable long id,
      @Valid @ModelAttribute("reply") ReplyForm reply,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return ticketPage(customer, id, model);
    }
    tickets.replyFromPortal(
        customer.commercialEntityId(), id, customer.customerId(), customer.name(), reply.body());
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("portal.ticket.replied"));
    return "redirect:/my/tickets/" + id;
  }

  @GetMapping("/my/tickets/new")
  String newTicket(Model model) {
    model.addAttribute("form", new NewTicketForm("", ""));
    return "portal/ticket-new";
  }

  @PostMapping("/my/tickets")
  String open(
      @AuthenticationPrincipal PortalPrincipal customer,
      @Valid @ModelAttribute("form") NewTicketForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return "portal/ticket-new";
    }
    try {
      TicketView ticket =
          tickets.openFromPortal(customer.customerId(), form.subject(), form.description());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("portal.ticket.opened"));
      return "redirect:/my/tickets/" + ticket.id();
    } catch (FieldValidationException e) {
      binding.reject(e.errors().get(0).messageKey());
      return "portal/ticket-new";
    }
  }

  private String ticketPage(PortalPrincipal customer, long id, Model model) {
    TicketView ticket = tickets.ofCommercialEntity(customer.commercialEntityId(), id);
    model.addAttribute("ticket", ticket);
    model.addAttribute("messages", tickets.customerMessages(customer.commercialEntityId(), id));
    return "portal/ticket";
  }
}
