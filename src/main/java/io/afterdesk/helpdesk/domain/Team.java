package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedNames;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A helpdesk team: its ordered stages and its after-sales switches. Members are kept by identity.
 */
@Table("helpdesk_team")
public class Team {

  /** The stages a new team starts with: names in English and Vietnamese, whether it closes. */
  static final List<Stage> DEFAULT_STAGES =
      List.of(
          new Stage(0, "New", "Mới", false),
          new Stage(0, "In Progress", "Đang xử lý", false),
          new Stage(0, "Solved", "Đã giải quyết", true),
          new Stage(0, "Cancelled", "Đã hủy", true));

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private String name;
  private boolean refunds;
  private boolean coupons;
  private boolean returns;
  private boolean repairs;
  private boolean fieldService;
  private @Nullable Long fieldServiceProjectId;
  private Instant createdAt;

  @MappedCollection(idColumn = "team_id", keyColumn = "position")
  private List<Stage> stages;

  @PersistenceCreator
  Team(
      @Nullable Long id,
      @Nullable Long version,
      String name,
      boolean refunds,
      boolean coupons,
      boolean returns,
      boolean repairs,
      boolean fieldService,
      @Nullable Long fieldServiceProjectId,
      Instant createdAt,
      List<Stage> stages) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.refunds = refunds;
    this.coupons = coupons;
    this.returns = returns;
    this.repairs = repairs;
    this.fieldService = fieldService;
    this.fieldServiceProjectId = fieldServiceProjectId;
    this.createdAt = createdAt;
    this.stages = new ArrayList<>(stages);
  }

  /** A new team with the default stages New, In Progress, Solved and Cancelled. */
  public static Team create(String name, LongSupplier stageIds, Instant now) {
    Team team =
        new Team(
            null, null, requireName(name), false, false, false, false, false, null, now, List.of());
    for (Stage stage : DEFAULT_STAGES) {
      team.stages.add(
          new Stage(stageIds.getAsLong(), stage.name(), stage.nameVi(), stage.closing()));
    }
    return team;
  }

  public void rename(String newName) {
    this.name = requireName(newName);
  }

  public void switchAfterSales(AfterSalesSwitches switches) {
    this.refunds = switches.refunds();
    this.coupons = switches.coupons();
    this.returns = switches.returns();
    this.repairs = switches.repairs();
    this.fieldService = switches.fieldService();
  }

  public void useFieldServiceProject(@Nullable Long projectId) {
    this.fieldServiceProjectId = projectId;
  }

  public Stage addStage(long stageId, String stageName, boolean closing) {
    return addStage(stageId, stageName, null, closing);
  }

  /** Adds a stage at the end, with its English and (optional) Vietnamese name. */
  public Stage addStage(
      long stageId, String stageName, @Nullable String stageNameVi, boolean closing) {
    Stage stage = Stage.named(stageId, stageName, stageNameVi, closing);
    stages.add(stage);
    return stage;
  }

  public void renameStage(long stageId, String newName, boolean closing) {
    renameStage(stageId, newName, null, closing);
  }

  /**
   * Renames a stage: a given Vietnamese name replaces the old one ("" removes it); without one, a
   * changed English name drops the old Vietnamese name.
   */
  public void renameStage(
      long stageId, String newName, @Nullable String newNameVi, boolean closing) {
    int index = indexOf(stageId);
    stages.set(index, stages.get(index).renamed(newName, newNameVi).withClosing(closing));
  }

  /** Moves a stage one place up (towards the start) or down. */
  public void moveStage(long stageId, boolean up) {
    int index = indexOf(stageId);
    int target = up ? index - 1 : index + 1;
    if (target < 0 || target >= stages.size()) {
      return;
    }
    Stage other = stages.get(target);
    stages.set(target, stages.get(index));
    stages.set(index, other);
  }

  /** Removes a stage that no ticket uses (the caller tells); a team keeps at least one stage. */
  public void removeStage(long stageId, boolean usedByTickets) {
    int index = indexOf(stageId);
    if (usedByTickets) {
      Stage stage = stages.get(index);
      throw new BusinessRuleException(
          "helpdesk.stage.in-use", LocalizedNames.pick(stage.name(), stage.nameVi()));
    }
    if (stages.size() == 1) {
      throw new BusinessRuleException("helpdesk.stage.last");
    }
    stages.remove(index);
  }

  /** Puts the stages in this order; stages not named keep their place after the named ones. */
  public void reorderStages(List<Long> stageIds) {
    List<Stage> ordered = new ArrayList<>();
    for (Long stageId : stageIds) {
      stage(stageId).ifPresent(ordered::add);
    }
    for (Stage stage : stages) {
      if (!ordered.contains(stage)) {
        ordered.add(stage);
      }
    }
    stages = ordered;
  }

  public Optional<Stage> stage(long stageId) {
    return stages.stream().filter(stage -> stage.stageId() == stageId).findFirst();
  }

  public Stage firstStage() {
    return stages.get(0);
  }

  public boolean hasStage(long stageId) {
    return stage(stageId).isPresent();
  }

  private int indexOf(long stageId) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).stageId() == stageId) {
        return i;
      }
    }
    throw FieldValidationException.of("stageId", "helpdesk.stage.not-in-team", stageId);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw FieldValidationException.of("name", "helpdesk.team.name-required");
    }
    return io.afterdesk.common.TextLimits.atMost(
        name.strip(), io.afterdesk.common.TextLimits.NAME, "name");
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The team is not saved yet");
    }
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public AfterSalesSwitches afterSales() {
    return new AfterSalesSwitches(refunds, coupons, returns, repairs, fieldService);
  }

  public @Nullable Long fieldServiceProjectId() {
    return fieldServiceProjectId;
  }

  public List<Stage> stages() {
    return List.copyOf(stages);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
