package io.afterdesk.aftersales;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;

/**
 * A reason an after-sales action is taken (Defective, Goodwill…); the admin keeps the list. {@code
 * name} is the English name, {@code nameVi} the Vietnamese one (null: the English name is shown).
 */
public record ReasonCodeView(
    long id, String code, String name, @Nullable String nameVi, boolean active) {

  /** The name in the reader's language. */
  public String label() {
    return LocalizedNames.pick(name, nameVi);
  }
}
