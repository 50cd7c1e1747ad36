package io.afterdesk.inventory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a transfer: draft → ready → done, or cancelled before it is done. Done and cancelled
 * are final (a done transfer is never edited; a return is a new transfer).
 */
public enum TransferState {
  DRAFT,
  READY,
  DONE,
  CANCELLED;

  private static final Map<TransferState, Set<TransferState>> NEXT =
      Map.of(
          DRAFT, EnumSet.of(READY, CANCELLED),
          READY, EnumSet.of(DONE, CANCELLED),
          DONE, EnumSet.noneOf(TransferState.class),
          CANCELLED, EnumSet.noneOf(TransferState.class));

  public boolean canBecome(TransferState next) {
    return NEXT.get(this).contains(next);
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }
}
