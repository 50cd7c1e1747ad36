package io.afterdesk.identity.web;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new staff user, from the users page or {@code POST /api/v1/users}. The shape rules of the input
 * (login characters, password length) live here, not in the service: the demo users have short
 * passwords on purpose.
 */
record NewUserForm(
    @NotBlank(message = "{identity.validation.login.required}")
        @Size(min = 3, max = 50, message = "{identity.validation.login.size}")
        @Pattern(regexp = "[a-z0-9._-]*", message = "{identity.validation.login.pattern}")
        @Nullable String login,
    @NotBlank(message = "{identity.validation.name.required}")
        @Size(max = 100, message = "{identity.validation.name.size}")
        @Nullable String name,
    @Email(message = "{identity.validation.email.format}")
        @Size(max = 200, message = "{identity.validation.email.size}")
        @Nullable String email,
    @NotNull(message = "{identity.validation.password.required}")
        @Size(min = 8, max = 200, message = "{identity.validation.password.size}")
        @Nullable String password,
    @NotNull(message = "{identity.validation.role.required}") @Nullable Role role,
    @Nullable List<Long> teamIds) {

  static NewUserForm empty() {
    return new NewUserForm("", "", "", "", Role.AGENT, List.of());
  }

  /** Only called once the form is valid, so every required field is there. */
  @SuppressWarnings("NullAway")
  NewUser toNewUser() {
    return new NewUser(
        login.trim(),
        name.trim(),
        email,
        password,
        role,
        teamIds == null ? java.util.Set.of() : new LinkedHashSet<>(teamIds));
  }
}
