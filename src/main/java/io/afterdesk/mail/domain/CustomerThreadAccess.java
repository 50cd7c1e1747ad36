package io.afterdesk.mail.domain;

import io.afterdesk.identity.Permissions;
import io.afterdesk.mail.PortalInvitations;
import io.afterdesk.mail.ThreadAccess;
import io.afterdesk.partner.Customers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The thread of a customer (its portal access history, notes of the staff): every staff member
 * reads and writes it, as every staff member sees customers; customers never do.
 */
@Component
class CustomerThreadAccess implements ThreadAccess {

  private final Customers customers;

  CustomerThreadAccess(Customers customers) {
    this.customers = customers;
  }

  @Override
  public String documentType() {
    return PortalInvitations.CUSTOMER_TYPE;
  }

  @Override
  public boolean canRead(long documentId) {
    return canWrite(documentId);
  }

  @Override
  public boolean canWrite(long documentId) {
    return Permissions.isStaff() && customers.find(documentId).isPresent();
  }

  @Override
  public String title(long documentId) {
    return customers.find(documentId).map(c -> c.name()).orElse("Customer " + documentId);
  }

  @Override
  public Optional<String> staffUrl(long documentId) {
    return Optional.of("/customers/" + documentId);
  }
}
