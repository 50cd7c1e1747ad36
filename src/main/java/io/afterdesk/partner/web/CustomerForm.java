package io.afterdesk.partner.web;

import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The customer form of the pages. {@code version} guards against overwriting another's change. */
record CustomerForm(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Nullable Boolean company,
    @Nullable Long parentId,
    @Nullable AddressType addressType,
    @Email @Size(max = 200) @Nullable String email,
    @Size(max = 50) @Nullable String phone,
    @Size(max = 200) @Nullable String street,
    @Size(max = 20) @Nullable String zip,
    @Size(max = 100) @Nullable String city,
    @Size(max = 100) @Nullable String country,
    @Nullable Long version) {

  static CustomerForm empty(@Nullable Long parentId) {
    return new CustomerForm("", false, parentId, AddressType.CONTACT, "", "", "", "", "", "", null);
  }

  static CustomerForm of(CustomerDetails c) {
    return new CustomerForm(
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
        c.version());
  }

  CustomerInput toInput() {
    return new CustomerInput(
        name == null ? "" : name,
        Boolean.TRUE.equals(company),
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
