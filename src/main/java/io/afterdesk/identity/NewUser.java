package io.afterdesk.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What it takes to create a staff user. */
public record NewUser(
    String login,
    String name,
    @Nullable String email,
    String password,
    Role role,
    Set<Long> teamIds) {}
