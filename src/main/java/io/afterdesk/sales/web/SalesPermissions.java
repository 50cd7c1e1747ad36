package io.afterdesk.sales.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sales orders are changed by admins and managers; agents only read. */
final class SalesPermissions {

  private SalesPermissions() {}

  static boolean canEdit() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_ADMIN".equals(a.getAuthority())
                        || "ROLE_MANAGER".equals(a.getAuthority()));
  }

  static void requireEdit() {
    if (!canEdit()) {
      throw new AccessDeniedException("Only admins and managers change sales orders");
    }
  }
}
