package io.afterdesk.partner;

import org.jspecify.annotations.Nullable;

/**
 * A customer as other modules see it. {@code commercialEntityId} is the company of a contact, or
 * the customer itself: "documents of the customer" always means documents of that entity.
 */
public record CustomerSummary(
    long id,
    String name,
    boolean company,
    @Nullable Long parentId,
    @Nullable String parentName,
    long commercialEntityId,
    @Nullable String email,
    @Nullable String phone) {

  /** "Company, Contact" for a contact of a company, the name otherwise (as Odoo shows it). */
  public String displayName() {
    return parentName == null ? name : parentName + ", " + name;
  }
}
