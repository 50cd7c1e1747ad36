package io.afterdesk.invoicing;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;

/**
 * A journal: {@code INV} (Customer Invoices), {@code BNK1}, {@code CSH1}, {@code MISC}. {@code
 * name} is English, {@code nameVi} Vietnamese (null: the English name is shown).
 */
public record JournalView(
    long id, String code, String name, @Nullable String nameVi, JournalType type, boolean active) {

  /** The name in the reader's language. */
  public String label() {
    return LocalizedNames.pick(name, nameVi);
  }
}
