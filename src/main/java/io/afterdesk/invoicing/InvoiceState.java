package io.afterdesk.invoicing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an invoice or credit note: a draft is posted (and numbered) or cancelled; a posted
 * document can only be cancelled (it keeps its number); a cancelled one is final.
 */
public enum InvoiceState {
  DRAFT,
  POSTED,
  CANCELLED;

  private static final Map<InvoiceState, Set<InvoiceState>> TRANSITIONS =
      Map.of(
          DRAFT, EnumSet.of(POSTED, CANCELLED),
          POSTED, EnumSet.of(CANCELLED),
          CANCELLED, EnumSet.noneOf(InvoiceState.class));

  /** Whether a document in this state may move to {@code target}. */
  public boolean canBecome(InvoiceState target) {
    return TRANSITIONS.get(this).contains(target);
  }
}
