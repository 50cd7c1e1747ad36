package io.afterdesk.aftersales.returns;

import org.jspecify.annotations.Nullable;

/** What the return made: the return transfer and, for an exchange, the new delivery. */
public record ReturnResult(long returnId, @Nullable Long exchangeDeliveryId) {

  String encode() {
    return returnId + ";" + (exchangeDeliveryId == null ? "" : exchangeDeliveryId);
  }

  static ReturnResult decode(String text) {
    String[] parts = text.split(";", -1);
    return new ReturnResult(
        Long.parseLong(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]));
  }
}
