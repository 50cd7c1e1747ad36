package io.afterdesk.support;

import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.Tickets;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Brings a customer's documents within an agent's reach the way SPEC §0 says: a ticket of a team of
 * the agent names the customer (a new team with the agent as its only member).
 */
public final class TicketReach {

  private TicketReach() {}

  /** Makes the team and the ticket; answers the ticket's id. */
  public static long give(ApplicationContext context, long agentId, long customerId) {
    long team =
        context
            .getBean(Teams.class)
            .create(
                new TeamDraft(
                    "Reach " + UUID.randomUUID().toString().substring(0, 8),
                    List.of(agentId),
                    new AfterSalesSwitches(false, false, false, false, false),
                    null,
                    null))
            .id();
    return context
        .getBean(Tickets.class)
        .create(
            new TicketDraft(
                "Question about an order",
                null,
                team,
                null,
                null,
                0,
                customerId,
                null,
                null,
                null,
                null,
                List.of()))
        .id();
  }
}
