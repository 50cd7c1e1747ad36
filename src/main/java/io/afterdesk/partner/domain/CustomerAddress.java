package io.afterdesk.partner.domain;

import io.afterdesk.partner.CustomerInput;
import org.jspecify.annotations.Nullable;

/** Where a customer is: street, postcode, city and country, each optional. */
public record CustomerAddress(
    @Nullable String street,
    @Nullable String zip,
    @Nullable String city,
    @Nullable String country) {

  static CustomerAddress none() {
    return new CustomerAddress(null, null, null, null);
  }

  /** The address of an input, blanks as absent. */
  static CustomerAddress of(CustomerInput input) {
    return new CustomerAddress(
        Customer.trimmed(input.street()),
        Customer.trimmed(input.zip()),
        Customer.trimmed(input.city()),
        Customer.trimmed(input.country()));
  }
}
