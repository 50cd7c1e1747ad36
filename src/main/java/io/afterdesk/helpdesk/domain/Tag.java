package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A label for tickets; names are unique regardless of case. {@code nameVi} is its Vietnamese name
 * (null: the English name is shown).
 */
@Table("helpdesk_tag")
public record Tag(
    @Id @Nullable Long id, @Version @Nullable Long version, String name, @Nullable String nameVi) {

  public static Tag named(String name) {
    return named(name, null);
  }

  public static Tag named(String name, @Nullable String nameVi) {
    return new Tag(null, null, name.strip(), LocalizedNames.optional(nameVi));
  }
}
