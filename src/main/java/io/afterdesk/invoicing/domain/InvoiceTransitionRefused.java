package io.afterdesk.invoicing.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.invoicing.InvoiceState;

/** A document was asked to move to a state its current state does not lead to (409). */
public class InvoiceTransitionRefused extends BusinessRuleException {

  private final InvoiceState from;
  private final InvoiceState to;

  public InvoiceTransitionRefused(InvoiceState from, InvoiceState to) {
    super("invoicing.invoice.transition", from.name(), to.name());
    this.from = from;
    this.to = to;
  }

  public InvoiceState from() {
    return from;
  }

  public InvoiceState to() {
    return to;
  }
}
