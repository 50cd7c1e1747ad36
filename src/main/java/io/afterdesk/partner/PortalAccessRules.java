package io.afterdesk.partner;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change portal logins and portal access: managers and administrators only. Agents create
 * customers and edit their contact details, but never a portal customer's login email nor anyone's
 * portal access.
 */
public final class PortalAccessRules {

  private PortalAccessRules() {}

  /** Whether the signed-in user is a manager or an administrator. */
  public static boolean currentUserMayManage() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_ADMIN".equals(a.getAuthority())
                        || "ROLE_MANAGER".equals(a.getAuthority()));
  }

  /** Refuses (403) unless the signed-in user is a manager or an administrator. */
  public static void requireManager() {
    if (!currentUserMayManage()) {
      throw new AccessDeniedException(
          "Only managers and administrators change portal logins and portal access");
    }
  }
}
