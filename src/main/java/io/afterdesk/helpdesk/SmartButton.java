package io.afterdesk.helpdesk;

/**
 * A button on the ticket form that opens the documents another module made from the ticket.
 *
 * @param key one of {@code creditNotes, coupons, returns, repairs, tasks} (the API's names)
 * @param labelKey the message key of the label
 * @param count how many documents (cancelled ones included); the button shows when above zero
 * @param url what the button opens: the list, or the form when there is one document
 */
public record SmartButton(String key, String labelKey, long count, String url) {}
