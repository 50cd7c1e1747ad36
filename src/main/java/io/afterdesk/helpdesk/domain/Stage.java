package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.LocalizedNames;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of a team's pipeline. Its id is given once (from a database sequence) and kept when the
 * team is saved, so tickets can point at it; a closing stage closes the tickets that enter it. The
 * name is English; {@code nameVi} is its Vietnamese name (null: the English name is shown).
 */
@Table("helpdesk_stage")
public record Stage(
    @Column("id") long stageId, String name, @Nullable String nameVi, boolean closing) {

  public Stage {
    if (name == null || name.isBlank()) {
      throw io.afterdesk.common.FieldValidationException.of(
          "stages", "helpdesk.stage.name-required");
    }
    name = name.strip();
    nameVi = LocalizedNames.optional(nameVi);
  }

  /** A stage as a user names it: within the length of a name, in both languages. */
  static Stage named(long stageId, String name, @Nullable String nameVi, boolean closing) {
    io.afterdesk.common.TextLimits.atMost(
        name == null ? null : name.strip(), io.afterdesk.common.TextLimits.NAME, "stages");
    io.afterdesk.common.TextLimits.atMost(
        nameVi == null ? null : nameVi.strip(), io.afterdesk.common.TextLimits.NAME, "stages");
    return new Stage(stageId, name, nameVi, closing);
  }

  /**
   * The stage with a new English name and, when given, a new Vietnamese name ("" removes it). A new
   * English name without a Vietnamese one drops the old translation, which no longer says the same.
   */
  Stage renamed(String newName, @Nullable String newNameVi) {
    String english = newName == null ? "" : newName.strip();
    String vietnamese = newNameVi != null ? newNameVi : english.equals(name) ? nameVi : null;
    return named(stageId, english, vietnamese, closing);
  }

  Stage withClosing(boolean newClosing) {
    return new Stage(stageId, name, nameVi, newClosing);
  }
}
