package io.afterdesk.mail;

/** What an email is for; each purpose has its own template (per language). */
public enum MailPurpose {
  /** A message posted on the thread of a document (a ticket, …), or sent with the composer. */
  TICKET_MESSAGE,
  /** The one-time link a customer uses to set a portal password. */
  PORTAL_INVITATION,
  /** Tells a customer's former address that their portal login moved to another address. */
  PORTAL_LOGIN_CHANGED,
  /** A coupon code sent to a customer. */
  COUPON
}
