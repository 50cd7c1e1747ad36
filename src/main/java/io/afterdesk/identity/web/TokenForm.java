package io.afterdesk.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The name of a new API token, to tell tokens apart later ("CI", "Zapier"). */
record TokenForm(
    @NotBlank(message = "{identity.validation.token-name.required}")
        @Size(max = 100, message = "{identity.validation.token-name.size}")
        @Nullable String name) {}
