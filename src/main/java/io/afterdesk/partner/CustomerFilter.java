package io.afterdesk.partner;

import org.jspecify.annotations.Nullable;

/**
 * Which customers a list shows: companies only ({@code company = true}), individuals and contacts
 * only ({@code false}) or both; contacts of one company; archived ones instead of active ones.
 */
public record CustomerFilter(@Nullable Boolean company, @Nullable Long parentId, boolean archived) {

  public static CustomerFilter active() {
    return new CustomerFilter(null, null, false);
  }
}
