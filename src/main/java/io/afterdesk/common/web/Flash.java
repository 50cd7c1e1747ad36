package io.afterdesk.common.web;

import java.io.Serializable;

/**
 * A message shown once on the next page after a redirect. The text is a message key, so it is shown
 * in the reader's language.
 */
public record Flash(String level, String messageKey, Object[] arguments) implements Serializable {

  public static final String ATTRIBUTE = "flash";

  public static Flash success(String messageKey, Object... arguments) {
    return new Flash("success", messageKey, arguments);
  }

  public static Flash warning(String messageKey, Object... arguments) {
    return new Flash("warning", messageKey, arguments);
  }

  public static Flash error(String messageKey, Object... arguments) {
    return new Flash("danger", messageKey, arguments);
  }
}
