package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.returns.ReturnCommand;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The Return dialog's fields ({@code moveIds}, {@code qty-<moveId>}, {@code lots-<moveId>}, …) read
 * into a command. What is not a number is refused on its field with "Enter a number.", all such
 * fields at once, before anything is asked of the wizard.
 */
final class ReturnDialogForm {

  private ReturnDialogForm() {}

  static ReturnCommand read(MultiValueMap<String, String> params) {
    List<FieldError> errors = new ArrayList<>();
    List<ReturnCommand.Line> lines = new ArrayList<>();
    for (String move : params.getOrDefault("moveIds", List.of())) {
      Long moveId = id(move, "moveIds", errors);
      if (moveId == null) {
        continue;
      }
      String field = "qty-" + moveId;
      BigDecimal quantity = Decimals.parse(params.getFirst(field), field, errors);
      List<Long> lots = new ArrayList<>();
      for (String lot : params.getOrDefault("lots-" + moveId, List.of())) {
        Long lotId = id(lot, "lots-" + moveId, errors);
        if (lotId != null) {
          lots.add(lotId);
        }
      }
      lines.add(new ReturnCommand.Line(moveId, quantity, lots));
    }
    Long deliveryId = id(params.getFirst("deliveryId"), "deliveryId", errors);
    Long locationId = id(params.getFirst("returnLocationId"), "returnLocationId", errors);
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return new ReturnCommand(
        deliveryId,
        locationId,
        params.getFirst("reasonCode"),
        "exchange".equals(params.getFirst("action")),
        lines);
  }

  /**
   * The delivery the dialog was showing, to show it again after a refusal (null when unreadable).
   */
  static @Nullable Long deliveryId(MultiValueMap<String, String> params) {
    return id(params.getFirst("deliveryId"), "deliveryId", new ArrayList<>());
  }

  private static @Nullable Long id(@Nullable String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "common.decimal.invalid", text));
      return null;
    }
  }
}
