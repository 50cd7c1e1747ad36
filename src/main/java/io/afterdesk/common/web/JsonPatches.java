package io.afterdesk.common.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one PATCH mechanism of the API, a JSON merge patch (RFC 7396): the fields present in the body
 * (null included) replace those of the current record, absent fields keep theirs. {@link #merge}
 * does it on the request record an endpoint also creates with, which is then validated like a
 * create (422 with field errors); {@link PatchFields} reads the same kind of body field by field
 * for endpoints without such a record.
 */
@Component
public class JsonPatches {

  private final JsonMapper json;
  private final Validator validator;

  JsonPatches(JsonMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  public <T> T merge(T current, JsonNode patch, Class<T> type) {
    if (!(patch instanceof ObjectNode changes)) {
      throw malformed(null);
    }
    ObjectNode merged = json.valueToTree(current);
    merged.setAll(changes);
    T request;
    try {
      request = json.treeToValue(merged, type);
    } catch (JacksonException e) {
      throw malformed(e);
    }
    List<FieldError> errors =
        validator.validate(request).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(JsonPatches::fieldError)
            .toList();
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return request;
  }

  /** The violation's message is already in the caller's language: it stands as its own key. */
  private static FieldError fieldError(ConstraintViolation<?> violation) {
    return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
  }

  private static HttpMessageNotReadableException malformed(Exception cause) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    return new HttpMessageNotReadableException(
        "Malformed request body", cause, new ServletServerHttpRequest(request));
  }
}
