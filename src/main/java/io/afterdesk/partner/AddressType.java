package io.afterdesk.partner;

/**
 * What a contact's address is for: an ordinary contact, or the invoice or delivery address of its
 * company.
 */
public enum AddressType {
  CONTACT,
  INVOICE,
  DELIVERY
}
