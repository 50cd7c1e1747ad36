package io.afterdesk.common.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/** Shows refusals of the services on a page form: next to the field, or above the form. */
public final class FormErrors {

  private FormErrors() {}

  /** Each refused field next to its input; a field the form does not have goes above the form. */
  public static void reject(BindingResult form, FieldValidationException refusal) {
    for (FieldValidationException.FieldError error : refusal.errors()) {
      try {
        form.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
      } catch (RuntimeException notAFieldOfTheForm) {
        form.reject(error.messageKey(), error.arguments(), error.messageKey());
      }
    }
  }

  /**
   * Runs the save of a page form and answers whether it went through; when a service refused it
   * (field values, a rule, a change made meanwhile), the reason is on the form instead of a 500.
   */
  public static boolean saved(BindingResult form, Runnable save) {
    try {
      save.run();
      return true;
    } catch (FieldValidationException e) {
      reject(form, e);
    } catch (BusinessRuleException e) {
      reject(form, e);
    } catch (OptimisticLockingFailureException e) {
      form.reject("error.stale-version");
    }
    return false;
  }

  /** A rule of the product that refused the whole form, shown above it. */
  public static void reject(BindingResult form, BusinessRuleException refusal) {
    form.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
  }
}
