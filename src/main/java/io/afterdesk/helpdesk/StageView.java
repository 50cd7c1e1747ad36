package io.afterdesk.helpdesk;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a team as shown: its English and Vietnamese names, its place in the pipeline and
 * whether it closes tickets.
 */
public record StageView(
    long id, String name, @Nullable String nameVi, int sequence, boolean closing) {

  /** The name in the reader's language. */
  public String label() {
    return LocalizedNames.pick(name, nameVi);
  }
}
