package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.TextLimits;
import io.afterdesk.partner.CustomerSummary;
import org.jspecify.annotations.Nullable;

/**
 * Whom a ticket concerns: the customer (with their name as it was when set, for lists) and the
 * email replies go to. A ticket from an unknown sender has an email and no customer.
 */
public record TicketContact(
    @Nullable Long customerId, @Nullable String customerName, @Nullable String email) {

  static TicketContact none() {
    return new TicketContact(null, null, null);
  }

  /** The customer, with the given email or, when blank, the customer's own. */
  static TicketContact of(@Nullable CustomerSummary customer, @Nullable String email) {
    String given = TextLimits.email(Ticket.blankToNull(email), "email");
    return new TicketContact(
        customer == null ? null : customer.id(),
        customer == null ? null : customer.displayName(),
        given != null ? given : customer == null ? null : customer.email());
  }
}
