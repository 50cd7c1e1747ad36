package io.afterdesk.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer an unknown or invisible record with the 404 page and an action the role does not
 * allow with the forbidden page. A refusal that a page did not show in its own form (a rule of the
 * product, a refused field, a value the database refused, a parameter of the wrong type) is a
 * readable "not saved" page with the reason, never a 500. A business refusal asked for by htmx (a
 * team switch turned off while a dialog was open, say) is shown inside the dialog (retargeted
 * there, so it also opens the dialog when the request came from elsewhere on the page), with 200
 * because htmx swaps only successful answers. (The API's errors are answered by {@code
 * ApiProblems}, which comes first.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

  private final MessageSource messages;

  PageProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden() {
    return "web/forbidden";
  }

  @ExceptionHandler(BusinessRuleException.class)
  ModelAndView ruleRefused(
      BusinessRuleException e, HttpServletRequest request, HttpServletResponse response) {
    boolean dialog = Htmx.isHtmx(request);
    if (dialog) {
      // Into the dialog whatever element asked (a chatter form swaps itself, say), and opened.
      response.setHeader("HX-Retarget", "#dialog-content");
      response.setHeader("HX-Reswap", "innerHTML");
    }
    ModelAndView view = new ModelAndView(dialog ? "web/refused :: dialog" : "web/refused");
    view.addObject("messages", List.of(message(e.messageKey(), e.arguments())));
    view.addObject("ruleRefusal", true);
    view.setStatus(dialog ? HttpStatus.OK : HttpStatus.CONFLICT);
    return view;
  }

  @ExceptionHandler(FieldValidationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String fieldsRefused(FieldValidationException e, Model model) {
    return refused(
        model,
        e.errors().stream().map(error -> message(error.messageKey(), error.arguments())).toList());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String dataRefused(Model model) {
    return refused(model, List.of(message("common.data.refused", new Object[0])));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badParameter(Model model) {
    return refused(model, List.of(message("typeMismatch", new Object[0])));
  }

  private String refused(Model model, List<String> reasons) {
    model.addAttribute("messages", reasons);
    return "web/refused";
  }

  private String message(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
