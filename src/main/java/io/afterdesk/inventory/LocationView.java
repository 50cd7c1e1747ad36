package io.afterdesk.inventory;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;

/**
 * A stock location, e.g. {@code WH/Stock} (internal) or {@code WH/Returns} (a return location).
 * {@code name} is English (and how seeded locations are looked up), {@code nameVi} Vietnamese.
 */
public record LocationView(
    long id, String name, @Nullable String nameVi, LocationUsage usage, boolean returnLocation) {

  public boolean internal() {
    return usage == LocationUsage.INTERNAL;
  }

  /** The name in the reader's language. */
  public String label() {
    return LocalizedNames.pick(name, nameVi);
  }
}
