package io.afterdesk.common.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every error of the API into an RFC 9457 problem: 404 unknown or invisible, 409 a product
 * rule refused it, 422 field validation with {@code errors: [{field, message}]}, 400 malformed.
 * Messages are resolved in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

  /** A refused field, as the API shows it. */
  public record FieldProblem(String field, String message) {}

  private final MessageSource messages;

  public ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail ruleRefused(BusinessRuleException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", message(e.messageKey(), e.arguments()));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail staleVersion(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", message("error.stale-version", new Object[0]));
  }

  @ExceptionHandler(FieldValidationException.class)
  ProblemDetail fieldsRefused(FieldValidationException e) {
    List<FieldProblem> errors =
        e.errors().stream()
            .map(
                error ->
                    new FieldProblem(error.field(), message(error.messageKey(), error.arguments())))
            .toList();
    return validationProblem(errors);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", message("error.forbidden", new Object[0]));
  }

  /**
   * What got past the checks at the edge and was refused by the database (a value too long, too
   * large or not storable): the transaction rolled back, so nothing was written.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail dataRefused(DataIntegrityViolationException e) {
    return validationProblem(List.of(), message("common.data.refused", new Object[0]));
  }

  @ExceptionHandler(UncategorizedSQLException.class)
  ProblemDetail sqlRefused(UncategorizedSQLException e) {
    String state = e.getSQLException() == null ? null : e.getSQLException().getSQLState();
    if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
      return dataRefused(new DataIntegrityViolationException(state, e));
    }
    throw e;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad Request", "Invalid value for " + e.getName());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    new FieldProblem(
                        error.getField(),
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
            .toList();
    return ResponseEntity.unprocessableContent().body(validationProblem(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    messages.getMessage(error, LocaleContextHolder.getLocale()))))
            .toList();
    return ResponseEntity.unprocessableContent().body(validationProblem(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldProblem refusedValue = refusedValue(e);
    if (refusedValue != null) {
      return ResponseEntity.unprocessableContent().body(validationProblem(List.of(refusedValue)));
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "Bad Request", "Malformed request body"));
  }

  /** A well-formed body with a value no field may hold: a NUL in a text, a null in a list. */
  private @Nullable FieldProblem refusedValue(HttpMessageNotReadableException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestJson.NulCharacter nul) {
        String field = nul.field() != null ? nul.field() : path(nul);
        return new FieldProblem(field, message("common.text.nul", new Object[0]));
      }
      if (cause instanceof InvalidNullException nullInList) {
        return new FieldProblem(path(nullInList), message("common.list.null", new Object[0]));
      }
    }
    return null;
  }

  /** The field of a JSON error as the API names fields: {@code lines[0].lotIds[1]}. */
  private static String path(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private ProblemDetail validationProblem(List<FieldProblem> errors) {
    return validationProblem(errors, message("error.validation", new Object[0]));
  }

  private ProblemDetail validationProblem(List<FieldProblem> errors, String detail) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable Content", detail);
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  private ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private String message(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
