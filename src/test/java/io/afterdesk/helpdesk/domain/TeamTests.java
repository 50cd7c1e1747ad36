package io.afterdesk.helpdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TeamTests {

  private final AtomicLong ids = new AtomicLong(100);

  @Test
  void aNewTeamHasTheDefaultStagesOfWhichSolvedAndCancelledClose() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);

    assertThat(team.stages())
        .extracting(Stage::name)
        .containsExactly("New", "In Progress", "Solved", "Cancelled");
    assertThat(team.stages()).extracting(Stage::closing).containsExactly(false, false, true, true);
    assertThat(team.stages()).extracting(Stage::stageId).doesNotHaveDuplicates();
    assertThat(team.firstStage().name()).isEqualTo("New");
  }

  @Test
  void aNewTeamHasAllAfterSalesSwitchesOffAndTheySwitchOneByOne() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);
    assertThat(team.afterSales()).isEqualTo(AfterSalesSwitches.none());

    team.switchAfterSales(new AfterSalesSwitches(true, false, true, false, true));

    assertThat(team.afterSales().refunds()).isTrue();
    assertThat(team.afterSales().coupons()).isFalse();
    assertThat(team.afterSales().returns()).isTrue();
    assertThat(team.afterSales().repairs()).isFalse();
    assertThat(team.afterSales().fieldService()).isTrue();
  }

  @Test
  void theDefaultStagesHaveTheirVietnameseNames() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);

    assertThat(team.stages())
        .extracting(Stage::nameVi)
        .containsExactly("Mới", "Đang xử lý", "Đã giải quyết", "Đã hủy");
  }

  @Test
  void aStageKeepsItsVietnameseNameUntilItsEnglishNameChangesWithoutOne() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);
    Stage waiting = team.addStage(ids.incrementAndGet(), "Waiting", "  Đang chờ ", false);
    assertThat(team.stage(waiting.stageId()).orElseThrow().nameVi()).isEqualTo("Đang chờ");

    team.renameStage(waiting.stageId(), "Waiting", true);
    assertThat(team.stage(waiting.stageId()).orElseThrow().nameVi()).isEqualTo("Đang chờ");

    team.renameStage(waiting.stageId(), "Waiting", "Chờ khách", false);
    assertThat(team.stage(waiting.stageId()).orElseThrow().nameVi()).isEqualTo("Chờ khách");

    team.renameStage(waiting.stageId(), "On hold", false);
    assertThat(team.stage(waiting.stageId()).orElseThrow().nameVi()).isNull();

    team.renameStage(waiting.stageId(), "On hold", "Tạm dừng", false);
    team.renameStage(waiting.stageId(), "On hold", " ", false);
    assertThat(team.stage(waiting.stageId()).orElseThrow().nameVi()).isNull();
  }

  @Test
  void aTeamNeedsAName() {
    assertThatThrownBy(() -> Team.create(" ", ids::incrementAndGet, java.time.Instant.EPOCH))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  void stagesAreAddedRenamedAndReordered() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);
    Stage waiting = team.addStage(ids.incrementAndGet(), "Waiting", false);
    team.moveStage(waiting.stageId(), true);
    team.renameStage(waiting.stageId(), "Waiting for customer", false);

    assertThat(team.stages())
        .extracting(Stage::name)
        .containsExactly("New", "In Progress", "Solved", "Waiting for customer", "Cancelled");

    team.reorderStages(List.of(team.stages().get(3).stageId()));
    assertThat(team.firstStage().name()).isEqualTo("Waiting for customer");
  }

  @Test
  void aStageUsedByTicketsOrTheLastStageCannotBeRemoved() {
    Team team = Team.create("Support", ids::incrementAndGet, java.time.Instant.EPOCH);
    long solved = team.stages().get(2).stageId();

    assertThatThrownBy(() -> team.removeStage(solved, true))
        .isInstanceOf(BusinessRuleException.class);
    team.removeStage(solved, false);
    assertThat(team.hasStage(solved)).isFalse();

    for (Stage stage : team.stages().subList(1, team.stages().size())) {
      team.removeStage(stage.stageId(), false);
    }
    long last = team.firstStage().stageId();
    assertThatThrownBy(() -> team.removeStage(last, false))
        .isInstanceOf(BusinessRuleException.class);
  }
}
