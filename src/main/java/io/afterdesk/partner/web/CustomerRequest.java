package io.afterdesk.partner.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A customer as the API accepts it (create, or the result of merging a PATCH onto the record). */
record CustomerRequest(
    @NotBlank @Size(max = 200) @Nullable String name,
    @JsonProperty("isCompany") @Nullable Boolean isCompany,
    @Nullable Long parentId,
    @Nullable AddressType addressType,
    @Email @Size(max = 200) @Nullable String email,
    @Size(max = 50) @Nullable String phone,
    @Size(max = 200) @Nullable String street,
    @Size(max = 20) @Nullable String zip,
    @Size(max = 100) @Nullable String city,
    @Size(max = 100) @Nullable String country,
    @Nullable Boolean active) {

  static CustomerRequest of(CustomerDetails c) {
    return new CustomerRequest(
        c.name(),
        c.company(),
        c.parentId(),
        c.addressType(),
        c.email(),
        c.phone(),
        c.street(),
        c.zip(),
        c.city(),
        c.country(),
        c.active());
  }

  CustomerInput toInput() {
    return new CustomerInput(
        name == null ? "" : name,
        Boolean.TRUE.equals(isCompany),
        parentId,
        addressType,
        email,
        phone,
        street,
        zip,
        city,
        country);
  }
}
