package io.afterdesk.identity.web;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A staff user as the API shows it (never a password). */
record UserResponse(
    long id,
    String login,
    String name,
    @Nullable String email,
    Role role,
    List<Long> teamIds,
    boolean active) {

  static UserResponse of(UserSummary user) {
    return new UserResponse(
        user.id(),
        user.login(),
        user.name(),
        user.email(),
        user.role(),
        user.teamIds().stream().sorted().toList(),
        user.active());
  }
}
