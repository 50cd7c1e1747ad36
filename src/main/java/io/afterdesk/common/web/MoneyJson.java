package io.afterdesk.common.web;

import io.afterdesk.common.Money;

/** Money as the API answers it: {@code {"amount": "120.00", "currency": "USD"}}. */
public record MoneyJson(String amount, String currency) {

  public static MoneyJson of(Money money) {
    return new MoneyJson(
        money.rounded().amount().toPlainString(), money.currency().getCurrencyCode());
  }
}
