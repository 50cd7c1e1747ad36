package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.StageView;
import io.afterdesk.helpdesk.TeamView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team as the API shows it and takes it: stages, members and after-sales switches. */
final class TeamJsons {

  private TeamJsons() {}

  record StageJson(
      @Nullable Long id, String name, @Nullable String nameVi, int sequence, boolean closing) {
    static StageJson of(StageView stage) {
      return new StageJson(
          stage.id(), stage.name(), stage.nameVi(), stage.sequence(), stage.closing());
    }
  }

  record TeamJson(
      long id,
      String name,
      List<Long> memberIds,
      AfterSalesSwitches afterSales,
      @Nullable Long fieldServiceProjectId,
      List<StageJson> stages) {
    static TeamJson of(TeamView team) {
      return new TeamJson(
          team.id(),
          team.name(),
          team.memberIds(),
          team.afterSales(),
          team.fieldServiceProjectId(),
          team.stages().stream().map(StageJson::of).toList());
    }
  }

  record SwitchesJson(
      @Nullable Boolean refunds,
      @Nullable Boolean coupons,
      @Nullable Boolean returns,
      @Nullable Boolean repairs,
      @Nullable Boolean fieldService) {
    AfterSalesSwitches toSwitches() {
      return new AfterSalesSwitches(
          Boolean.TRUE.equals(refunds),
          Boolean.TRUE.equals(coupons),
          Boolean.TRUE.equals(returns),
          Boolean.TRUE.equals(repairs),
          Boolean.TRUE.equals(fieldService));
    }
  }

  record StageRequest(
      @Nullable Long id,
      @Size(max = TextLimits.NAME) String name,
      @Nullable @Size(max = TextLimits.NAME) String nameVi,
      @Nullable Integer sequence,
      @Nullable Boolean closing) {}

  record TeamRequest(
      @NotBlank @Size(max = TextLimits.NAME) String name,
      @Nullable List<Long> memberIds,
      @Nullable SwitchesJson afterSales,
      @Nullable Long fieldServiceProjectId,
      @Nullable List<@Valid StageRequest> stages) {}
}
