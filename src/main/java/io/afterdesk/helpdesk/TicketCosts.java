package io.afterdesk.helpdesk;

import io.afterdesk.common.Money;
import java.util.Optional;

/**
 * Implemented by modules whose documents cost money for a ticket (after-sales: posted credit notes
 * …); the ticket's after-sales cost is the sum of every bean's answer.
 */
public interface TicketCosts {

  /** What the ticket has cost so far, or empty when nothing. */
  Optional<Money> costOf(long ticketId);
}
