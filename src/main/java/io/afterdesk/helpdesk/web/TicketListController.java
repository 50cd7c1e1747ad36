package io.afterdesk.helpdesk.web;

import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketFilter;
import io.afterdesk.helpdesk.TicketRow;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.UserManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket list, grouped or flat, and its CSV export. */
@Controller
class TicketListController {

  private static final DateTimeFormatter CSV_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final Tickets tickets;
  private final Teams teams;
  private final UserManagement users;

  TicketListController(Tickets tickets, Teams teams, UserManagement users) {
    this.tickets = tickets;
    this.teams = teams;
    this.users = users;
  }

  @GetMapping("/helpdesk/tickets")
  String list(
      @RequestParam(required = false) Long teamId,
      @RequestParam(required = false) Long stageId,
      @RequestParam(required = false) Long assigneeId,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean unassigned,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean grouped,
      @RequestParam(required = false) String format,
      HttpServletResponse response,
      Model model)
      throws IOException {
    TicketFilter filter =
        new TicketFilter(teamId, stageId, assigneeId, null, mine, unassigned, open);
    PageQuery query = PageQuery.of(page, null, sort, q);
    if ("csv".equalsIgnoreCase(format)) {
      csv(filter, query, response);
      return null;
    }
    var result = tickets.page(filter, query);
    model.addAttribute("page", result);
    model.addAttribute("filter", filter);
    model.addAttribute("grouped", grouped);
    model.addAttribute(
        "groups",
        result.items().stream()
            .collect(
                Collectors.groupingBy(
                    row -> grouped ? row.teamName() + " · " + row.stageLabel() : "",
                    java.util.LinkedHashMap::new,
                    Collectors.toList())));
    List<TeamView> visible = teams.visible();
    model.addAttribute("teams", visible);
    model.addAttribute(
        "stages",
        visible.stream()
            .filter(team -> teamId == null || team.id() == teamId)
            .flatMap(team -> team.stages().stream())
            .toList());
    model.addAttribute("assignees", users.activeUsers());
    return "helpdesk/tickets";
  }

  @GetMapping("/helpdesk/tickets.csv")
  void csvExport(
      @RequestParam(required = false) Long teamId,
      @RequestParam(required = false) Long stageId,
      @RequestParam(required = false) Long assigneeId,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean unassigned,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String q,
      HttpServletResponse response)
      throws IOException {
    csv(
        new TicketFilter(teamId, stageId, assigneeId, null, mine, unassigned, open),
        PageQuery.of(0, null, sort, q),
        response);
  }

  private void csv(TicketFilter filter, PageQuery query, HttpServletResponse response)
      throws IOException {
    List<TicketRow> rows = tickets.all(filter, query);
    CsvExport.write(
        response,
        "tickets.csv",
        List.of(
            "Reference",
            "Subject",
            "Team",
            "Stage",
            "Assignee",
            "Priority",
            "Customer",
            "Email",
            "Created",
            "Closed"),
        rows,
        row ->
            java.util.Arrays.asList(
                row.reference(),
                row.subject(),
                row.teamName(),
                row.stageName(),
                row.assigneeName(),
                row.priority(),
                row.customerName(),
                row.email(),
                CSV_DATE.format(row.createdAt()),
                row.closedAt() == null ? null : CSV_DATE.format(row.closedAt())));
  }
}
