package io.afterdesk.helpdesk;

/** A ticket tag. */
public record TagView(long id, String name) {}
