package io.afterdesk.identity.web;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserChanges;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /api/v1/users/{id}}: only the fields present are changed. The login cannot change
 * (sending the same login is accepted); a password, when present, is set as the new password.
 */
record UserPatch(
    @Nullable String login,
    @Pattern(regexp = ".*\\S.*", message = "{identity.validation.name.required}")
        @Size(max = 100, message = "{identity.validation.name.size}")
        @Nullable String name,
    @Email(message = "{identity.validation.email.format}")
        @Size(max = 200, message = "{identity.validation.email.size}")
        @Nullable String email,
    @Nullable Role role,
    @Nullable List<Long> teamIds,
    @Nullable Boolean active,
    @Size(min = 8, max = 200, message = "{identity.validation.password.size}")
        @Nullable String password) {

  UserChanges toChanges() {
    return new UserChanges(
        name == null ? null : name.trim(),
        email,
        role,
        teamIds == null ? null : new LinkedHashSet<>(teamIds),
        active,
        null);
  }
}
