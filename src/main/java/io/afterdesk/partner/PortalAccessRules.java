package io.afterdesk.partner;

import io.afterdesk.identity.Permissions;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change portal logins and portal access: managers and administrators only. Agents create
 * customers and edit their contact details, but never a portal customer's login email nor anyone's
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
}
