package io.afterdesk.partner;

import io.afterdesk.identity.Permissions;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change portal logins, portal access and the company of a portal customer: managers and
 * administrators only. Agents create customers and edit their contact details, but never a portal
 * customer's login email or company (which decides the documents the portal shows) nor anyone's
 * portal access.
 */
public final class PortalAccessRules {

  private PortalAccessRules() {}

  /** Whether the signed-in user is a manager or an administrator. */
  public static boolean currentUserMayManage() {
    return Permissions.isManagerOrAdmin();
  }

  /** Refuses (403) unless the signed-in user is a manager or an administrator. */
  public static void requireManager() {
    if (!currentUserMayManage()) {
      throw new AccessDeniedException(
          "Only managers and administrators change portal logins and portal access");
    }
  }

  /** Refuses (403) unless a manager or an administrator asks, naming the field that asked. */
  public static void requireManager(String field, String messageKey) {
    if (!currentUserMayManage()) {
      throw new PortalChangeRefused(field, messageKey);
    }
  }
}
