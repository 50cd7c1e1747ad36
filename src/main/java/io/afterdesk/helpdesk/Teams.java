package io.afterdesk.helpdesk;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.TeamRepository;
import io.afterdesk.helpdesk.domain.TicketRepository;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.TeamMemberships;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Helpdesk teams: their members (kept by identity), stages and after-sales switches. Stage by stage
 * changes are {@link TeamStages}.
 */
@Service
@Transactional
public class Teams {

  private final TeamRepository teams;
  private final TicketRepository tickets;
  private final UserManagement users;
  private final TeamMemberships memberships;
  private final CurrentUser currentUser;
  private final JdbcClient jdbc;
  private final Clock clock;

  Teams(
      TeamRepository teams,
      TicketRepository tickets,
      UserManagement users,
      TeamMemberships memberships,
      CurrentUser currentUser,
      JdbcClient jdbc,
      Clock clock) {
    this.teams = teams;
    this.tickets = tickets;
    this.users = users;
    this.memberships = memberships;
    this.currentUser = currentUser;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<TeamView> all() {
    Map<Long, List<Long>> members = membersByTeam();
    return teams.findAll().stream()
        .sorted(Comparator.comparing(Team::id))
        .map(team -> TeamViews.of(team, members.getOrDefault(team.id(), List.of())))
        .toList();
  }

  /** The teams the signed-in staff user may work on (all of them for managers and admins). */
  @Transactional(readOnly = true)
  public List<TeamView> visible() {
    if (currentUser.seesAllTeams()) {
      return all();
    }
    Set<Long> mine = currentUser.teamIds();
    return all().stream().filter(team -> mine.contains(team.id())).toList();
  }

  @Transactional(readOnly = true)
  public Optional<TeamView> find(long id) {
    return teams.findById(id).map(team -> TeamViews.of(team, memberIdsOf(id)));
  }

  @Transactional(readOnly = true)
  public TeamView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Team", id));
  }

  /** The first team (by creation), for tickets opened from the portal. */
  @Transactional(readOnly = true)
  public Optional<TeamView> first() {
    return all().stream().findFirst();
  }

  public TeamView create(TeamDraft draft) {
    Team team = Team.create(draft.name(), TeamStages.ids(jdbc), clock.instant());
    apply(team, draft);
    Team saved = saveUnique(team);
    memberships.setTeamMembers(saved.id(), draft.memberIds());
    return get(saved.id());
  }

  public TeamView update(long id, TeamDraft draft) {
    Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
    team.rename(draft.name());
    apply(team, draft);
    saveUnique(team);
    memberships.setTeamMembers(id, draft.memberIds());
    return get(id);
  }

  private void apply(Team team, TeamDraft draft) {
    team.switchAfterSales(draft.afterSales());
    team.useFieldServiceProject(draft.fieldServiceProjectId());
    for (Long memberId : draft.memberIds()) {
      if (users.find(memberId).isEmpty()) {
        throw FieldValidationException.of("memberIds", "helpdesk.team.unknown-member", memberId);
      }
    }
    if (draft.stages() != null) {
      TeamStages.define(team, draft.stages(), tickets, jdbc);
    }
  }

  private Team saveUnique(Team team) {
    try {
      return teams.save(team);
    } catch (DuplicateKeyException e) {
      throw FieldValidationException.of("name", "helpdesk.team.name-taken", team.name());
    }
  }

  private List<Long> memberIdsOf(long teamId) {
    return memberships.membersOf(teamId).stream().map(UserSummary::id).sorted().toList();
  }

  private Map<Long, List<Long>> membersByTeam() {
    return users.all().stream()
        .flatMap(user -> user.teamIds().stream().map(team -> Map.entry(team, user.id())))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                Collectors.mapping(
                    Map.Entry::getValue,
                    Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted().toList()))));
  }
}
