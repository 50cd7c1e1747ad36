package io.afterdesk.sales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a sales order: a quotation is confirmed into a sales order ({@code SALE}) or
 * cancelled; a sales order can only be cancelled; a cancelled order is final.
 */
public enum SalesOrderState {
  QUOTATION,
  SALE,
  CANCELLED;

  private static final Map<SalesOrderState, Set<SalesOrderState>> TRANSITIONS =
      Map.of(
          QUOTATION, EnumSet.of(SALE, CANCELLED),
          SALE, EnumSet.of(CANCELLED),
          CANCELLED, EnumSet.noneOf(SalesOrderState.class));

  /** Whether an order in this state may move to {@code target}. */
  public boolean canBecome(SalesOrderState target) {
    return TRANSITIONS.get(this).contains(target);
  }
}
