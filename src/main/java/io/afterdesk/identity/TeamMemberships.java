package io.afterdesk.identity;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.identity.domain.StaffUser;
import io.afterdesk.identity.domain.StaffUserRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which staff users are members of which team. Identity keeps the memberships; the teams themselves
 * come from whichever module provides a {@link TeamDirectory} (the helpdesk).
 */
@Service
@Transactional
public class TeamMemberships {

  private final StaffUserRepository users;
  private final ObjectProvider<TeamDirectory> teamDirectories;

  TeamMemberships(StaffUserRepository users, ObjectProvider<TeamDirectory> teamDirectories) {
    this.users = users;
    this.teamDirectories = teamDirectories;
  }

  /** The users who are members of a team. */
  @Transactional(readOnly = true)
  public List<UserSummary> membersOf(long teamId) {
    return users.findAll().stream()
        .filter(user -> user.teamIds().contains(teamId))
        .map(UserManagement::summaryOf)
        .sorted(Comparator.comparing(UserSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Makes exactly these users the members of a team (the team form's member list). */
  public void setTeamMembers(long teamId, Collection<Long> userIds) {
    for (Long userId : userIds) {
      if (!users.existsById(userId)) {
        throw FieldValidationException.of(
            "memberIds", "identity.user.unknown", String.valueOf(userId));
      }
    }
    for (StaffUser user : users.findAll()) {
      boolean member = user.teamIds().contains(teamId);
      boolean wanted = userIds.contains(user.id());
      if (member != wanted) {
        if (wanted) {
          user.joinTeam(teamId);
        } else {
          user.leaveTeam(teamId);
        }
        users.save(user);
      }
    }
  }

  /** The teams a user may be made a member of (none when no module provides teams). */
  @Transactional(readOnly = true)
  public List<TeamOption> teamChoices() {
    Map<Long, TeamOption> teams = new LinkedHashMap<>();
    teamDirectories
        .orderedStream()
        .flatMap(directory -> directory.teams().stream())
        .forEach(team -> teams.putIfAbsent(team.id(), team));
    return teams.values().stream()
        .sorted(Comparator.comparing(TeamOption::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Refuses unknown teams; without any team directory every id is taken as given. */
  void requireKnownTeams(Collection<Long> teamIds) {
    if (teamIds.isEmpty() || teamDirectories.orderedStream().findAny().isEmpty()) {
      return;
    }
    Set<Long> known = teamChoices().stream().map(TeamOption::id).collect(Collectors.toSet());
    for (Long teamId : teamIds) {
      if (!known.contains(teamId)) {
        throw FieldValidationException.of(
            "teamIds", "identity.user.unknown-team", String.valueOf(teamId));
      }
    }
  }
}
