package io.afterdesk.catalog.web;

import io.afterdesk.common.Money;

/** Money as the API answers it: {@code {"amount": "120.00", "currency": "USD"}}. */
record MoneyJson(String amount, String currency) {

  static MoneyJson of(Money money) {
    return new MoneyJson(
        money.rounded().amount().toPlainString(), money.currency().getCurrencyCode());
  }
}
