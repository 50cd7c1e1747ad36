package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import org.jspecify.annotations.Nullable;

/**
 * Someone who receives the messages of a thread: a customer contact or a staff user. The name and
 * email are kept as they were when they started following.
 */
public record Follower(
    long id,
    DocumentRef document,
    @Nullable Long customerId,
    @Nullable Long userId,
    String name,
    @Nullable String email) {}
