package io.afterdesk.identity;

/** A token just created: the only moment its secret ({@code token}) is known. */
public record IssuedApiToken(long id, String name, String token) {}
