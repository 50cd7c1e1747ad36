package io.afterdesk.helpdesk.domain;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of a team's pipeline. Its id is given once (from a database sequence) and kept when the
 * team is saved, so tickets can point at it; a closing stage closes the tickets that enter it.
 */
@Table("helpdesk_stage")
public record Stage(@Column("id") long stageId, String name, boolean closing) {

  public Stage {
    if (name == null || name.isBlank()) {
      throw io.afterdesk.common.FieldValidationException.of(
          "stages", "helpdesk.stage.name-required");
    }
    name = name.strip();
  }

  /** A stage as a user names it: within the length of a name. */
  static Stage named(long stageId, String name, boolean closing) {
    io.afterdesk.common.TextLimits.atMost(
        name == null ? null : name.strip(), io.afterdesk.common.TextLimits.NAME, "stages");
    return new Stage(stageId, name, closing);
  }

  Stage renamed(String newName) {
    return named(stageId, newName, closing);
  }

  Stage withClosing(boolean newClosing) {
    return new Stage(stageId, name, newClosing);
  }
}
