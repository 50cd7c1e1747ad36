package io.afterdesk.catalog;

/** How units of a product are told apart: not at all, by lot, or one serial number per unit. */
public enum Tracking {
  NONE,
  LOT,
  SERIAL;

  public boolean tracked() {
    return this != NONE;
  }
}
