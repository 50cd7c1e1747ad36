package io.afterdesk.partner.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerDetails;
import org.jspecify.annotations.Nullable;

/** A customer as the API answers it. {@code portalAccess} is read-only. */
record CustomerResponse(
    long id,
    String name,
    @JsonProperty("isCompany") boolean isCompany,
    @Nullable Long parentId,
    long commercialEntityId,
    AddressType addressType,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String street,
    @Nullable String zip,
    @Nullable String city,
    @Nullable String country,
    boolean active,
    boolean portalAccess) {

  static CustomerResponse of(CustomerDetails c) {
    return new CustomerResponse(
        c.id(),
        c.name(),
        c.company(),
        c.parentId(),
        c.commercialEntityId(),
        c.addressType(),
        c.email(),
        c.phone(),
        c.street(),
        c.zip(),
        c.city(),
        c.country(),
        c.active(),
        c.portalAccess());
  }
}
