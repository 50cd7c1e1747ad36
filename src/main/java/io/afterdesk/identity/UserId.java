package io.afterdesk.identity;

/** The id of a staff user, as other modules hold it. */
public record UserId(long value) {}
