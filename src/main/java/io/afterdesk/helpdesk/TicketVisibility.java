package io.afterdesk.helpdesk;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.TeamRepository;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.helpdesk.domain.TicketQueries;
import io.afterdesk.helpdesk.domain.TicketRepository;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Which tickets and teams the caller may work on: an agent those of their teams, managers and
 * admins all. Without a signed-in user (demo data, start-up jobs) the system sees everything.
 * Invisible tickets answer 404 like unknown ones, so their existence does not leak.
 */
@Component
class TicketVisibility {

  private final TicketRepository tickets;
  private final TeamRepository teams;
  private final TicketQueries queries;
  private final CurrentUser currentUser;

  TicketVisibility(
      TicketRepository tickets,
      TeamRepository teams,
      TicketQueries queries,
      CurrentUser currentUser) {
    this.tickets = tickets;
    this.teams = teams;
    this.queries = queries;
    this.currentUser = currentUser;
  }

  boolean isVisible(long ticketId) {
    Long team = queries.teamOf(ticketId);
    return team != null && canWorkOnTeam(team);
  }

  Ticket loadVisible(long ticketId) {
    return tickets
        .findById(ticketId)
        .filter(ticket -> canWorkOnTeam(ticket.teamId()))
        .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
  }

  /** A team the caller may put tickets in; an unknown or foreign team is a field error. */
  Team teamForWork(long teamId) {
    return teams
        .findById(teamId)
        .filter(team -> canWorkOnTeam(team.id()))
        .orElseThrow(() -> FieldValidationException.of("teamId", "helpdesk.ticket.unknown-team"));
  }

  Team teamOf(Ticket ticket) {
    return teams.findById(ticket.teamId()).orElseThrow();
  }

  private boolean canWorkOnTeam(long teamId) {
    if (currentUser.principal().isPresent()) {
      return currentUser.canWorkOnTeam(teamId);
    }
    return !Permissions.isSignedIn();
  }
}
