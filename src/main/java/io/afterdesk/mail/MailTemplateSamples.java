package io.afterdesk.mail;

import java.util.Map;

/**
 * Example values of each purpose's variables, for the preview of a template and the check that an
 * admin's version renders before it is saved. A new purpose fails to compile until it has some.
 */
final class MailTemplateSamples {

  private MailTemplateSamples() {}

  static Map<String, Object> of(MailPurpose purpose) {
    return switch (purpose) {
      case TICKET_MESSAGE ->
          Map.of(
              "company", "Afterdesk Demo Company",
              "recipientName", "Mai Nguyen",
              "authorName", "Alex Agent",
              "documentTitle", "Ticket #00042: Printer does not start",
              "link", "https://example.com/my/tickets/42",
              "body", "Hello,\nthe replacement part is on its way.");
      case PORTAL_INVITATION ->
          Map.of(
              "company", "Afterdesk Demo Company",
              "recipientName", "Mai Nguyen",
              "link", "https://example.com/my/invitation/sample-token",
              "expiresAt", "2030-01-31 18:00 UTC");
      case PORTAL_LOGIN_CHANGED ->
          Map.of(
              "company", "Afterdesk Demo Company",
              "recipientName", "Mai Nguyen",
              "newEmail", "mai.nguyen@example.com",
              "link", "https://example.com/my/login");
      case COUPON ->
          Map.of(
              "company", "Afterdesk Demo Company",
              "recipientName", "Mai Nguyen",
              "code", "SORRY-7KQ2-M9XD",
              "value", "20.00 USD",
              "expiresAt", "2030-01-31",
              "link", "https://example.com/my/coupons");
    };
  }
}
