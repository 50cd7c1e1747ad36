package io.afterdesk.inventory;

import io.afterdesk.common.LocalizedText;

/**
 * The origins other modules give the transfers they make from a transfer, as texts inventory's
 * bundle renders in the reader's language.
 */
public final class TransferOriginTexts {

  private TransferOriginTexts() {}

  /** "Return of WH/OUT/00001": a return of that delivery. */
  public static LocalizedText returnOf(String deliveryNumber) {
    return LocalizedText.of("inventory.origin.return-of", deliveryNumber);
  }

  /** "Exchange of WH/OUT/00001": a new delivery replacing what that delivery shipped. */
  public static LocalizedText exchangeOf(String deliveryNumber) {
    return LocalizedText.of("inventory.origin.exchange-of", deliveryNumber);
  }
}
