package io.afterdesk.invoicing.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/** Runs a save of a form and turns its refusals into the form's errors instead of a 500. */
final class FormRefusals {

  private FormRefusals() {}

  /** Whether {@code save} ran; when it was refused, the reason is added to {@code errors}. */
  static boolean saved(BindingResult errors, Runnable save) {
    try {
      save.run();
      return true;
    } catch (FieldValidationException e) {
      FormErrors.reject(errors, e);
    } catch (BusinessRuleException e) {
      errors.reject(e.messageKey(), e.arguments(), e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      errors.reject("error.stale-version");
    }
    return false;
  }
}
