package io.afterdesk.inventory;

import org.jspecify.annotations.Nullable;

/** Filters of the transfer list; null means any. */
public record TransferFilter(
    @Nullable TransferKind kind,
    @Nullable TransferState state,
    @Nullable Long customerId,
    @Nullable Long salesOrderId) {

  public static TransferFilter none() {
    return new TransferFilter(null, null, null, null);
  }
}
