package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.partner.CustomerCompanyChanged;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes on the customer's thread that a manager moved a portal customer to another company, keyed
 * so each reader sees it in their language, like the other portal changes.
 */
@Component
class PortalCompanyNotes {

  private final Customers customers;
  private final Threads threads;
  private final CurrentUser currentUser;

  PortalCompanyNotes(Customers customers, Threads threads, CurrentUser currentUser) {
    this.customers = customers;
    this.threads = threads;
    this.currentUser = currentUser;
  }

  @EventListener
  void onCompanyChanged(CustomerCompanyChanged changed) {
    Author by =
        currentUser
            .principal()
            .map(staff -> Author.staff(staff.userId(), staff.name()))
            .orElseGet(Author::system);
    threads.logAction(
        new DocumentRef(PortalInvitations.CUSTOMER_TYPE, changed.customerId()),
        by,
        "mail.portal.log.company-changed",
        nameOf(changed.oldCommercialEntityId()),
        nameOf(changed.newCommercialEntityId()),
        by.name());
  }

  private String nameOf(long customerId) {
    return customers.find(customerId).map(CustomerSummary::displayName).orElse("#" + customerId);
  }
}
