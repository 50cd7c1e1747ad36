package io.afterdesk.helpdesk;

/**
 * An action button on the ticket form (next to "Assign to me") that another module offers, e.g.
 * after-sales' Refund; it opens {@code url} as an htmx dialog.
 *
 * @param key a stable name, used in the button's id ({@code action-<key>})
 * @param labelKey the message key of the label
 * @param url the dialog's URL
 */
public record TicketAction(String key, String labelKey, String url) {}
