package io.afterdesk.helpdesk;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;

/** A ticket tag: its English and Vietnamese names. */
public record TagView(long id, String name, @Nullable String nameVi) {

  /** The name in the reader's language. */
  public String label() {
    return LocalizedNames.pick(name, nameVi);
  }
}
