package io.afterdesk.helpdesk;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.helpdesk.domain.Stage;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.TeamRepository;
import io.afterdesk.helpdesk.domain.TicketRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's stages, one change at a time (the settings page) or all at once (a team draft). A stage
 * some ticket is in cannot be removed; a team keeps at least one stage.
 */
@Service
@Transactional
public class TeamStages {

  private final TeamRepository teams;
  private final TicketRepository tickets;
  private final Teams teamViews;
  private final JdbcClient jdbc;

  TeamStages(TeamRepository teams, TicketRepository tickets, Teams teamViews, JdbcClient jdbc) {
    this.teams = teams;
    this.tickets = tickets;
    this.teamViews = teamViews;
    this.jdbc = jdbc;
  }

  /** Adds a stage with its English and (optional) Vietnamese name. */
  public TeamView add(long teamId, String name, @Nullable String nameVi, boolean closing) {
    Team team = load(teamId);
    team.addStage(ids(jdbc).getAsLong(), name, nameVi, closing);
    return save(team);
  }

  /** Renames a stage in English and Vietnamese (see {@link Team#renameStage}). */
  public TeamView rename(
      long teamId, long stageId, String name, @Nullable String nameVi, boolean closing) {
    Team team = load(teamId);
    team.renameStage(stageId, name, nameVi, closing);
    return save(team);
  }

  public TeamView move(long teamId, long stageId, boolean up) {
    Team team = load(teamId);
    team.moveStage(stageId, up);
    return save(team);
  }

  public TeamView remove(long teamId, long stageId) {
    Team team = load(teamId);
    team.removeStage(stageId, tickets.countByStageId(stageId) > 0);
    return save(team);
  }

  /**
   * Makes the team's stages the wanted ones, in that order: new ones (no id) are added, named ones
   * renamed, the others removed.
   */
  static void define(
      Team team, List<TeamDraft.StageDraft> wanted, TicketRepository tickets, JdbcClient jdbc) {
    if (wanted.isEmpty()) {
      throw FieldValidationException.of("stages", "helpdesk.stage.last");
    }
    Set<Long> kept = new HashSet<>();
    List<Long> order = new ArrayList<>();
    for (TeamDraft.StageDraft stage : wanted) {
      if (stage.id() == null) {
        order.add(
            team.addStage(ids(jdbc).getAsLong(), stage.name(), stage.nameVi(), stage.closing())
                .stageId());
      } else {
        team.renameStage(stage.id(), stage.name(), stage.nameVi(), stage.closing());
        kept.add(stage.id());
        order.add(stage.id());
      }
    }
    for (Stage stage : team.stages()) {
      if (!order.contains(stage.stageId()) && !kept.contains(stage.stageId())) {
        team.removeStage(stage.stageId(), tickets.countByStageId(stage.stageId()) > 0);
      }
    }
    team.reorderStages(order);
  }

  /** Stage ids come from one sequence, so a stage keeps its id when it moves between positions. */
  static LongSupplier ids(JdbcClient jdbc) {
    return () -> jdbc.sql("select nextval('helpdesk_stage_id_seq')").query(Long.class).single();
  }

  private Team load(long teamId) {
    return teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
  }

  private TeamView save(Team team) {
    teams.save(team);
    return teamViews.get(team.id());
  }
}
