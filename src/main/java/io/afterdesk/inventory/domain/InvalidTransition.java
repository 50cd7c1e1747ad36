package io.afterdesk.inventory.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.inventory.TransferState;

/** A transfer was asked to go where its state table does not lead (answered as 409). */
public class InvalidTransition extends BusinessRuleException {

  private final TransferState from;
  private final TransferState to;

  public InvalidTransition(String number, TransferState from, TransferState to) {
    super("inventory.transfer.invalid-transition", number, from, to);
    this.from = from;
    this.to = to;
  }

  public TransferState from() {
    return from;
  }

  public TransferState to() {
    return to;
  }
}
