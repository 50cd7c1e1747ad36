package io.afterdesk.partner;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create or change a customer. A contact of a company names the company in {@code
 * parentId}; {@code addressType} says whether it is the company's invoice or delivery address.
 */
public record CustomerInput(
    String name,
    boolean company,
    @Nullable Long parentId,
    @Nullable AddressType addressType,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String street,
    @Nullable String zip,
    @Nullable String city,
    @Nullable String country) {

  public static CustomerInput company(String name, @Nullable String email, @Nullable String phone) {
    return new CustomerInput(name, true, null, null, email, phone, null, null, null, null);
  }

  public static CustomerInput individual(
      String name, @Nullable String email, @Nullable String phone) {
    return new CustomerInput(name, false, null, null, email, phone, null, null, null, null);
  }

  public static CustomerInput contactOf(
      long companyId, String name, @Nullable String email, @Nullable String phone) {
    return new CustomerInput(
        name, false, companyId, AddressType.CONTACT, email, phone, null, null, null, null);
  }

  public CustomerInput withAddress(
      @Nullable String street,
      @Nullable String zip,
      @Nullable String city,
      @Nullable String country) {
    return new CustomerInput(
        name, company, parentId, addressType, email, phone, street, zip, city, country);
  }

  public CustomerInput withAddressType(AddressType type) {
    return new CustomerInput(
        name, company, parentId, type, email, phone, street, zip, city, country);
  }
}
