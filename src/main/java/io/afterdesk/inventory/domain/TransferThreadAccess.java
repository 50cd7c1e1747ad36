package io.afterdesk.inventory.domain;

import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.ThreadAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may use a transfer's thread: staff read it when the transfer is within their reach (agents:
 * the transfers their tickets reach); admins and managers write in it. Customers never see it.
 */
@Component
class TransferThreadAccess implements ThreadAccess {

  private final TransferRepository transfers;
  private final DocumentReach reach;

  TransferThreadAccess(TransferRepository transfers, DocumentReach reach) {
    this.transfers = transfers;
    this.reach = reach;
  }

  @Override
  public String documentType() {
    return Transfers.DOCUMENT_TYPE;
  }

  @Override
  public boolean canRead(long documentId) {
    return staff() != null
        && transfers
            .findById(documentId)
            .map(t -> reach.current().sees(Transfers.DOCUMENT_TYPE, t.id(), t.customerId()))
            .orElse(false);
  }

  @Override
  public boolean canWrite(long documentId) {
    StaffPrincipal staff = staff();
    return staff != null
        && (staff.role() == Role.ADMIN || staff.role() == Role.MANAGER)
        && transfers.existsById(documentId);
  }

  private static @org.jspecify.annotations.Nullable StaffPrincipal staff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p
        ? p
        : null;
  }
}
