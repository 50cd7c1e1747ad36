package io.afterdesk.helpdesk;

import io.afterdesk.helpdesk.domain.Stage;
import io.afterdesk.helpdesk.domain.Team;
import java.util.ArrayList;
import java.util.List;

/** A team as other modules and the pages see it: its stages numbered in their order. */
final class TeamViews {

  private TeamViews() {}

  static TeamView of(Team team, List<Long> memberIds) {
    List<StageView> stages = new ArrayList<>();
    List<Stage> teamStages = team.stages();
    for (int i = 0; i < teamStages.size(); i++) {
      Stage stage = teamStages.get(i);
      stages.add(
          new StageView(stage.stageId(), stage.name(), stage.nameVi(), i + 1, stage.closing()));
    }
    return new TeamView(
        team.id(), team.name(), memberIds, team.afterSales(), team.fieldServiceProjectId(), stages);
  }
}
