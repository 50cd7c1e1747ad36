package io.afterdesk.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new password set by an admin (page and API). */
record PasswordForm(
    @NotNull(message = "{identity.validation.password.required}")
        @Size(min = 8, max = 200, message = "{identity.validation.password.size}")
        @Nullable String password) {}
