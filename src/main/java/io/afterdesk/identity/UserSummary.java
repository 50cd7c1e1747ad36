package io.afterdesk.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A staff user as other modules and the API see it (never the password). */
public record UserSummary(
    long id,
    String login,
    String name,
    @Nullable String email,
    Role role,
    boolean active,
    Set<Long> teamIds) {}
