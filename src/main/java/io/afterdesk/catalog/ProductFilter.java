package io.afterdesk.catalog;

import org.jspecify.annotations.Nullable;

/** Which products a list shows: of a type, of a tracking, archived ones instead of active ones. */
public record ProductFilter(
    @Nullable ProductType type, @Nullable Tracking tracking, boolean archived) {

  public static ProductFilter active() {
    return new ProductFilter(null, null, false);
  }
}
