package io.afterdesk.inventory;

/** A stock location, e.g. {@code WH/Stock} (internal) or {@code WH/Returns} (a return location). */
public record LocationView(long id, String name, LocationUsage usage, boolean returnLocation) {

  public boolean internal() {
    return usage == LocationUsage.INTERNAL;
  }
}
