package io.afterdesk.helpdesk.web;

import io.afterdesk.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages of the helpdesk answer unknown and invisible records with the 404 page. */
@ControllerAdvice(assignableTypes = {TicketPageController.class, TeamSettingsController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
