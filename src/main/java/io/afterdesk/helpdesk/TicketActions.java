package io.afterdesk.helpdesk;

import java.util.List;

/**
 * Implemented by modules that act on tickets (after-sales): the action buttons a ticket shows.
 * Every bean of this type is asked when a visible ticket is shown.
 */
public interface TicketActions {

  List<TicketAction> actionsFor(long ticketId);
}
