package io.afterdesk.helpdesk.web;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.helpdesk.SmartButton;
import io.afterdesk.helpdesk.Tags;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketActions;
import io.afterdesk.helpdesk.TicketCosts;
import io.afterdesk.helpdesk.TicketSmartButtons;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.partner.Customers;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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

/** The new-ticket page and the ticket form with its chatter, smart buttons and actions. */
@Controller
class TicketPageController {

  private final Tickets tickets;
  private final Teams teams;
  private final Tags tags;
  private final UserManagement users;
  private final Customers customers;
  private final TicketChoices choices;
  private final ObjectProvider<TicketSmartButtons> contributors;
  private final ObjectProvider<TicketActions> actionContributors;
  private final ObjectProvider<TicketCosts> costContributors;
  private final AfterdeskProperties properties;

  TicketPageController(
      Tickets tickets,
      Teams teams,
      Tags tags,
      UserManagement users,
      Customers customers,
      TicketChoices choices,
      ObjectProvider<TicketSmartButtons> contributors,
      ObjectProvider<TicketActions> actionContributors,
      ObjectProvider<TicketCosts> costContributors,
      AfterdeskProperties properties) {
    this.tickets = tickets;
    this.teams = teams;
    this.tags = tags;
    this.users = users;
    this.customers = customers;
    this.choices = choices;
    this.contributors = contributors;
    this.actionContributors = actionContributors;
    this.costContributors = costContributors;
    this.properties = properties;
  }

  @GetMapping("/helpdesk/tickets/new")
  String newTicket(@RequestParam(required = false) Long teamId, Model model) {
    List<TeamView> visible = teams.visible();
    Long team = teamId != null ? teamId : visible.isEmpty() ? null : visible.get(0).id();
    model.addAttribute("form", TicketForm.empty(team));
    return formPage(model, null);
  }

  @PostMapping("/helpdesk/tickets")
  String create(
      @Valid @ModelAttribute("form") TicketForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return formPage(model, null);
    }
    try {
      TicketView ticket = tickets.create(form.toDraft());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("helpdesk.ticket.created"));
      return "redirect:/helpdesk/tickets/" + ticket.id();
    } catch (FieldValidationException e) {
      FormErrors.reject(binding, e);
      return formPage(model, null);
    }
  }

  @GetMapping("/helpdesk/tickets/{id}")
  String show(@PathVariable long id, Model model) {
    TicketView ticket = tickets.get(id);
    model.addAttribute("form", TicketForm.of(ticket));
    return formPage(model, ticket);
  }

  @PostMapping("/helpdesk/tickets/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") TicketForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    TicketView ticket = tickets.get(id);
    if (binding.hasErrors()) {
      return formPage(model, ticket);
    }
    try {
      tickets.update(id, form.toDraft(), form.version());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
      return "redirect:/helpdesk/tickets/" + id;
    } catch (FieldValidationException e) {
      FormErrors.reject(binding, e);
      return formPage(model, ticket);
    } catch (OptimisticLockingFailureException e) {
      binding.reject("error.stale-version", "error.stale-version");
      return formPage(model, ticket);
    }
  }

  /**
   * The product, lot/serial and sales order fields again, for the customer and product now chosen
   * (htmx redraws them when either changes).
   */
  @GetMapping("/helpdesk/tickets/choices")
  String choices(
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) Long productId,
      @RequestParam(required = false) Long lotId,
      @RequestParam(required = false) Long salesOrderId,
      Model model) {
    TicketForm form = TicketForm.choices(customerId, productId, lotId, salesOrderId);
    model.addAttribute("form", form);
    choices.addTo(model, customerId, productId);
    return "helpdesk/ticket-fields :: choices";
  }

  private String formPage(Model model, @Nullable TicketView ticket) {
    List<TeamView> visible = teams.visible();
    model.addAttribute("ticket", ticket);
    model.addAttribute("teams", visible);
    Long teamId = ((TicketForm) model.getAttribute("form")).teamId();
    TeamView chosen =
        visible.stream().filter(t -> teamId != null && t.id() == teamId).findFirst().orElse(null);
    TeamView team = chosen == null && ticket != null ? teams.get(ticket.teamId()) : chosen;
    model.addAttribute("team", team);
    model.addAttribute(
        "assignees",
        users.activeUsers().stream()
            .filter(
                user ->
                    team == null
                        || user.role().seesAllTeams()
                        || user.teamIds().contains(team.id()))
            .toList());
    model.addAttribute("customers", customers.search("", 300));
    TicketForm form = (TicketForm) model.getAttribute("form");
    choices.addTo(model, form.customerId(), form.productId());
    model.addAttribute("tags", tags.all());
    if (ticket != null) {
      List<SmartButton> buttons =
          tickets.smartButtons(ticket.id(), contributors.orderedStream().toList()).stream()
              .filter(button -> button.count() > 0)
              .toList();
      model.addAttribute("smartButtons", buttons);
      model.addAttribute(
          "ticketActions",
          tickets.actions(ticket.id(), actionContributors.orderedStream().toList()));
      model.addAttribute(
          "afterSalesCost",
          tickets.afterSalesCost(
              ticket.id(),
              costContributors.orderedStream().toList(),
              java.util.Currency.getInstance(properties.currencyCode())));
      model.addAttribute("ticketTags", tickets.tagsOf(ticket));
    }
    return ticket == null ? "helpdesk/ticket-new" : "helpdesk/ticket";
  }
}
