package io.afterdesk.inventory.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferView;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the validate dialog sent: per move {@code quantity-<moveId>} and the lots/serials ticked in
 * {@code lots-<moveId>} (repeated).
 */
final class ValidateSubmission {

  private ValidateSubmission() {}

  /**
   * What was done of each move (a blank quantity is zero; for a serial product the quantity is the
   * number of serials ticked). A lot that is not an id is a field error.
   */
  static List<MoveDone> read(
      TransferView transfer, Map<Long, ProductSummary> products, HttpServletRequest request) {
    List<MoveDone> done = new ArrayList<>();
    for (MoveView move : transfer.moves()) {
      ProductSummary product = products.get(move.productId());
      boolean serial = product != null && product.tracking() == Tracking.SERIAL;
      BigDecimal quantity = Quantities.parse(typedQuantity(request, move), "moves");
      List<Long> lotIds = new ArrayList<>();
      for (String lot : lotsTicked(request, move)) {
        try {
          lotIds.add(Long.parseLong(lot));
        } catch (NumberFormatException e) {
          throw FieldValidationException.of("moves", "inventory.validate.unknown-lot", lot, "");
        }
      }
      if (serial) {
        quantity = BigDecimal.valueOf(lotIds.size());
      }
      done.add(new MoveDone(move.id(), quantity == null ? BigDecimal.ZERO : quantity, lotIds));
    }
    return done;
  }

  static @Nullable String typedQuantity(HttpServletRequest request, MoveView move) {
    return request.getParameter("quantity-" + move.id());
  }

  /** The lots/serials ticked for a move, as sent (trimmed, blanks left out). */
  static List<String> lotsTicked(HttpServletRequest request, MoveView move) {
    String[] lots = request.getParameterValues("lots-" + move.id());
    if (lots == null) {
      return List.of();
    }
    List<String> ticked = new ArrayList<>();
    for (String lot : lots) {
      if (!lot.isBlank()) {
        ticked.add(lot.trim());
      }
    }
    return ticked;
  }
}
