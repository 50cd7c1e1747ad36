package io.afterdesk.common;

import java.util.List;

/**
 * Field input was refused by a rule that Bean Validation cannot express (a reference to an unknown
 * record, a uniqueness rule). Answered as 422 with the field errors, shown next to the fields on
 * pages. Messages are keys of the message bundles.
 */
public class FieldValidationException extends RuntimeException {

  /** One refused field: its name, a message key and the key's arguments. */
  public record FieldError(String field, String messageKey, Object... arguments) {}

  private final List<FieldError> errors;

  public FieldValidationException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public static FieldValidationException of(String field, String messageKey, Object... args) {
    return new FieldValidationException(List.of(new FieldError(field, messageKey, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
