package io.afterdesk.aftersales;

/** A reason an after-sales action is taken (Defective, Goodwill…); the admin keeps the list. */
public record ReasonCodeView(long id, String code, String name, boolean active) {}
