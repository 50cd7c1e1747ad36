package io.afterdesk.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer an unknown or invisible record with the 404 page, an action the role does not allow
 * with the forbidden page, and a business refusal no controller turned into a form error (a team
 * switch turned off meanwhile, a wrong state) with its message: inside the open dialog for htmx
 * requests (200, htmx only swaps successful answers), as a page with 409 otherwise. (The API's
 * errors are answered by {@code ApiProblems}, which comes first.)
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
  ModelAndView refused(BusinessRuleException e, HttpServletRequest request) {
    boolean dialog = Htmx.isHtmx(request);
    ModelAndView view = new ModelAndView(dialog ? "error/refused :: dialog" : "error/refused");
    view.addObject(
        "refusal",
        messages.getMessage(
            e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    view.setStatus(dialog ? HttpStatus.OK : HttpStatus.CONFLICT);
    return view;
  }
}
