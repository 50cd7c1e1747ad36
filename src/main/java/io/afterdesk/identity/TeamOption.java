package io.afterdesk.identity;

/** A team as a choice on the users page: its id and name. */
public record TeamOption(long id, String name) {}
