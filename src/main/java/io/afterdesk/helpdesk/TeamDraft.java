package io.afterdesk.helpdesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a team should be. {@code stages} null keeps the stages as they are; otherwise each entry
 * with an id renames that stage, one without an id adds a stage, a missing stage is removed (when
 * no ticket uses it), and the list order is the new order.
 */
public record TeamDraft(
    String name,
    List<Long> memberIds,
    AfterSalesSwitches afterSales,
    @Nullable Long fieldServiceProjectId,
    @Nullable List<StageDraft> stages) {

  /**
   * A wanted stage: the id of an existing one, or null for a new one; {@code nameVi} null leaves
   * the Vietnamese name to the renaming rule of the stage, "" removes it.
   */
  public record StageDraft(
      @Nullable Long id, String name, @Nullable String nameVi, boolean closing) {

    public StageDraft(@Nullable Long id, String name, boolean closing) {
      this(id, name, null, closing);
    }
  }
}
