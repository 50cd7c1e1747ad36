package io.afterdesk.common;

import java.util.Arrays;

/**
 * A rule of the product refused the action (a wrong state, a cap, a conflict). The message is a key
 * of the message bundles, so pages and the API show it in the user's language; answered as 409 by
 * the API.
 */
public class BusinessRuleException extends RuntimeException {

  private final String messageKey;
  private final Object[] arguments;

  public BusinessRuleException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
