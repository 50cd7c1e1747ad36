package io.afterdesk.identity.web;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserChanges;
import io.afterdesk.identity.UserSummary;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The edit form of the users page: everything but the login and the password. */
record EditUserForm(
    @NotBlank(message = "{identity.validation.name.required}")
        @Size(max = 100, message = "{identity.validation.name.size}")
        @Nullable String name,
    @Email(message = "{identity.validation.email.format}")
        @Size(max = 200, message = "{identity.validation.email.size}")
        @Nullable String email,
    @NotNull(message = "{identity.validation.role.required}") @Nullable Role role,
    @Nullable List<Long> teamIds,
    @Nullable Boolean active,
    @Nullable Long version) {

  static EditUserForm of(UserSummary user, long version) {
    return new EditUserForm(
        user.name(),
        user.email(),
        user.role(),
        user.teamIds().stream().sorted().toList(),
        user.active(),
        version);
  }

  @SuppressWarnings("NullAway")
  UserChanges toChanges() {
    return UserChanges.all(
        name.trim(),
        email,
        role,
        teamIds == null ? java.util.Set.of() : new LinkedHashSet<>(teamIds),
        Boolean.TRUE.equals(active),
        version);
  }
}
