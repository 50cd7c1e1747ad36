package io.afterdesk.inventory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The inventory adjustment form: product, internal location, lot/serial, counted quantity. */
record AdjustmentForm(
    @NotNull Long productId,
    @NotNull Long locationId,
    @Nullable Long lotId,
    @NotBlank @Size(max = 64) String quantity) {

  static AdjustmentForm empty(@Nullable Long productId, long locationId) {
    return new AdjustmentForm(productId, locationId, null, "");
  }
}
