package io.afterdesk.helpdesk.web;

import io.afterdesk.common.web.Flash;
import io.afterdesk.helpdesk.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-click changes of the ticket form: the stage bar, "assign to me" and the stars. */
@Controller
class TicketQuickActionController {

  private final Tickets tickets;

  TicketQuickActionController(Tickets tickets) {
    this.tickets = tickets;
  }

  @PostMapping("/helpdesk/tickets/{id}/stage")
  String moveToStage(@PathVariable long id, @RequestParam long stageId) {
    tickets.moveToStage(id, stageId);
    return "redirect:/helpdesk/tickets/" + id;
  }

  @PostMapping("/helpdesk/tickets/{id}/assign-to-me")
  String assignToMe(@PathVariable long id, RedirectAttributes redirect) {
    tickets.assignToMe(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("helpdesk.ticket.assigned-to-you"));
    return "redirect:/helpdesk/tickets/" + id;
  }

  @PostMapping("/helpdesk/tickets/{id}/priority")
  String priority(@PathVariable long id, @RequestParam int priority) {
    tickets.changePriority(id, priority);
    return "redirect:/helpdesk/tickets/" + id;
  }
}
