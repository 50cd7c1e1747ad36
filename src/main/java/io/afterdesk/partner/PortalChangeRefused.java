package io.afterdesk.partner;

import org.springframework.security.access.AccessDeniedException;

/**
 * A change of a portal customer that only managers and admins make (403 on the API). The form shows
 * {@code messageKey} next to {@code field}, the input that asked for the change.
 */
public class PortalChangeRefused extends AccessDeniedException {

  private final String field;
  private final String messageKey;

  public PortalChangeRefused(String field, String messageKey) {
    super("Only managers and administrators make this change of a portal customer: " + field);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
