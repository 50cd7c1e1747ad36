package io.afterdesk.partner;

import org.jspecify.annotations.Nullable;

/** Everything about one customer: identity, place in its company, contact data, portal access. */
public record CustomerDetails(
    long id,
    long version,
    String name,
    boolean company,
    @Nullable Long parentId,
    @Nullable String parentName,
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

  /** "Company, Contact" for a contact of a company, the name otherwise. */
  public String displayName() {
    return parentName == null ? name : parentName + ", " + name;
  }

  /** Street, zip and city, country on one line (the parts that are set). */
  public String addressLine() {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {street, join(zip, city), country}) {
      if (part != null && !part.isBlank()) {
        if (line.length() > 0) {
          line.append(", ");
        }
        line.append(part);
      }
    }
    return line.toString();
  }

  private static @Nullable String join(@Nullable String a, @Nullable String b) {
    if (a == null || a.isBlank()) {
      return b;
    }
    return b == null || b.isBlank() ? a : a + " " + b;
  }
}
