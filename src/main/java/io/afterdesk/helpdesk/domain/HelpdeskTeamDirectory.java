package io.afterdesk.helpdesk.domain;

import io.afterdesk.identity.TeamDirectory;
import io.afterdesk.identity.TeamOption;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells identity's users page which helpdesk teams exist (membership is stored by identity). */
@Component
class HelpdeskTeamDirectory implements TeamDirectory {

  private final TeamRepository teams;

  HelpdeskTeamDirectory(TeamRepository teams) {
    this.teams = teams;
  }

  @Override
  public List<TeamOption> teams() {
    return teams.findAll().stream()
        .sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
        .map(team -> new TeamOption(team.id(), team.name()))
        .toList();
  }
}
