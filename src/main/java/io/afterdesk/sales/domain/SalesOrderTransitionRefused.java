package io.afterdesk.sales.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.sales.SalesOrderState;

/** An order was asked to move to a state its current state does not lead to (409). */
public class SalesOrderTransitionRefused extends BusinessRuleException {

  private final SalesOrderState from;
  private final SalesOrderState to;

  public SalesOrderTransitionRefused(String number, SalesOrderState from, SalesOrderState to) {
    super("sales.order.transition", number, from.name(), to.name());
    this.from = from;
    this.to = to;
  }

  public SalesOrderState from() {
    return from;
  }

  public SalesOrderState to() {
    return to;
  }
}
