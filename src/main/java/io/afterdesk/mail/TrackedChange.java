package io.afterdesk.mail;

import org.jspecify.annotations.Nullable;

/** One changed field in the log of a thread, e.g. stage New → In Progress. */
public record TrackedChange(String field, @Nullable String oldValue, @Nullable String newValue) {}
