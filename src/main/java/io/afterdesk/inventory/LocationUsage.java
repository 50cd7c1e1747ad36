package io.afterdesk.inventory;

/** What a location stands for; only internal locations hold stock on hand. */
public enum LocationUsage {
  INTERNAL,
  CUSTOMER,
  SUPPLIER,
  PRODUCTION,
  SCRAP,
  INVENTORY
}
