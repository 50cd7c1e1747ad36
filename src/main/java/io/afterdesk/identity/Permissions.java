package io.afterdesk.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that reads who is signed in and what their role allows (SPEC §0): admins and
 * managers change ERP documents and settings, agents read them and work on their teams' tickets
 * ({@link CurrentUser#canWorkOnTeam}). Every module asks here instead of reading the security
 * context itself, so a change of the rule is one change.
 */
public final class Permissions {

  private Permissions() {}

  /** Whether someone (staff, a customer or an API caller) is signed in on this request. */
  public static boolean isSignedIn() {
    Authentication authentication = authentication();
    return authentication != null && authentication.isAuthenticated();
  }

  /** The name of whoever is signed in, for audit columns; null when nobody is. */
  public static @Nullable String signedInName() {
    Authentication authentication = authentication();
    return authentication == null ? null : authentication.getName();
  }

  /** The signed-in principal when it is of the given kind (a staff user, a portal customer …). */
  public static <T> Optional<T> principal(Class<T> kind) {
    Authentication authentication = authentication();
    if (authentication != null && kind.isInstance(authentication.getPrincipal())) {
      return Optional.of(kind.cast(authentication.getPrincipal()));
    }
    return Optional.empty();
  }

  /** Whether a staff user is signed in. */
  public static boolean isStaff() {
    return principal(StaffPrincipal.class).isPresent();
  }

  /** Whether the signed-in user holds one of these roles (by session, token or HTTP Basic). */
  public static boolean hasAnyRole(Role... roles) {
    Authentication authentication = authentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return false;
    }
    for (var granted : authentication.getAuthorities()) {
      for (Role role : roles) {
        if (role.authority().equals(granted.getAuthority())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the signed-in user is a manager or an admin: they change ERP documents. */
  public static boolean isManagerOrAdmin() {
    return hasAnyRole(Role.ADMIN, Role.MANAGER);
  }

  /**
   * Refuses (403) unless the signed-in user is a manager or an admin.
   *
   * @param what what is refused, for the log ("change products")
   */
  public static void requireManagerOrAdmin(String what) {
    if (!isManagerOrAdmin()) {
      throw new AccessDeniedException("Only admins and managers " + what);
    }
  }

  private static @Nullable Authentication authentication() {
    return SecurityContextHolder.getContext().getAuthentication();
  }
}
