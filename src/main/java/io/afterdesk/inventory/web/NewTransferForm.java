package io.afterdesk.inventory.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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

  /**
   * The filled rows as transfer lines (rows without a product are skipped); a field error for a
   * product row without a quantity above zero or with one that is not a number.
   */
  List<TransferLine> lines() {
    List<TransferLine> lines = new ArrayList<>();
    List<String> products = productRows();
    List<String> quantities = quantityRows();
    for (int i = 0; i < products.size(); i++) {
      String product = products.get(i);
      if (product == null || product.isBlank()) {
        continue;
      }
      BigDecimal amount =
          Quantities.parse(i < quantities.size() ? quantities.get(i) : null, "lines");
      if (amount == null) {
        throw FieldValidationException.of("lines", "inventory.move.quantity-positive");
      }
      lines.add(TransferLine.of(Long.parseLong(product.trim()), amount));
    }
    return lines;
  }

  /** The origin as typed, trimmed; none when blank. */
  @Nullable String originText() {
    return origin == null || origin.isBlank() ? null : origin.trim();
  }

  private static List<String> padded(@Nullable List<String> values) {
    List<String> rows = new ArrayList<>(values == null ? List.of() : values);
    while (rows.size() < ROWS) {
      rows.add("");
    }
    return rows;
  }
}
