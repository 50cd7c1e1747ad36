package io.afterdesk.helpdesk.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A label for tickets; names are unique regardless of case. */
@Table("helpdesk_tag")
public record Tag(@Id @Nullable Long id, @Version @Nullable Long version, String name) {

  public static Tag named(String name) {
    return new Tag(null, null, name.strip());
  }
}
