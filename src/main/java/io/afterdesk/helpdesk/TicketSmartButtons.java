package io.afterdesk.helpdesk;

import java.util.List;

/**
 * Implemented by modules that make documents from tickets (after-sales): contributes the smart
 * buttons of a ticket. Every bean of this type is asked when a ticket is shown.
 */
public interface TicketSmartButtons {

  List<SmartButton> forTicket(long ticketId);
}
