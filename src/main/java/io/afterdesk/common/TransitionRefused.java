package io.afterdesk.common;

import org.jspecify.annotations.Nullable;

/**
 * An aggregate was asked to move to a state its transition table does not lead to (answered 409).
 * One type for every state machine (orders, invoices, transfers, and the ones to come), so callers
 * and the error mapping catch one thing; the message key stays the module's own, with the
 * document's number (when it has one), the current state and the state asked for as arguments.
 */
public class TransitionRefused extends BusinessRuleException {

  private final Enum<?> from;
  private final Enum<?> to;

  public TransitionRefused(String messageKey, @Nullable String document, Enum<?> from, Enum<?> to) {
    super(messageKey, arguments(document, from, to));
    this.from = from;
    this.to = to;
  }

  private static Object[] arguments(@Nullable String document, Enum<?> from, Enum<?> to) {
    return document == null
        ? new Object[] {from.name(), to.name()}
        : new Object[] {document, from.name(), to.name()};
  }

  public Enum<?> from() {
    return from;
  }

  public Enum<?> to() {
    return to;
  }
}
