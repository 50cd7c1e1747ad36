package io.afterdesk.inventory.web;

import io.afterdesk.inventory.TransferKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The manual transfer form: a receipt or a delivery, a customer (required for a delivery) and lines
 * as parallel lists of product ids and quantities (blank rows are ignored).
 */
record NewTransferForm(
    @NotNull TransferKind kind,
    @Nullable Long customerId,
    @Nullable @Size(max = 200) String origin,
    @Nullable List<String> productId,
    @Nullable List<String> quantity) {

  static final int ROWS = 5;

  static NewTransferForm empty(TransferKind kind) {
    List<String> blanks = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      blanks.add("");
    }
    return new NewTransferForm(kind, null, null, blanks, new ArrayList<>(blanks));
  }

  public List<String> productRows() {
    return padded(productId);
  }

  public List<String> quantityRows() {
    return padded(quantity);
  }

  private static List<String> padded(@Nullable List<String> values) {
    List<String> rows = new ArrayList<>(values == null ? List.of() : values);
    while (rows.size() < ROWS) {
      rows.add("");
    }
    return rows;
  }
}
