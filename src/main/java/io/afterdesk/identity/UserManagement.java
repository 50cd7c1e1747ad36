package io.afterdesk.identity;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.domain.ApiTokenStore;
import io.afterdesk.identity.domain.StaffUser;
import io.afterdesk.identity.domain.StaffUserRepository;
import io.afterdesk.identity.domain.UserList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff users and their team memberships: the door other modules use into identity. */
@Service
@Transactional
public class UserManagement {

  private final StaffUserRepository users;
  private final PasswordEncoder passwords;
  private final ApiTokenStore tokens;
  private final UserList list;
  private final ObjectProvider<TeamDirectory> teamDirectories;
  private final CurrentUser currentUser;
  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  UserManagement(
      StaffUserRepository users,
      PasswordEncoder passwords,
      ApiTokenStore tokens,
      UserList list,
      ObjectProvider<TeamDirectory> teamDirectories,
      CurrentUser currentUser,
      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
    this.list = list;
    this.teamDirectories = teamDirectories;
    this.currentUser = currentUser;
  }

  /**
   * Creates a staff user. Only uniqueness of the login and known teams are checked here; the shape
   * of the input (login characters, password length) is the business of the forms.
   */
  public UserSummary create(NewUser user) {
    if (users.existsByLogin(user.login())) {
      throw loginTaken(user.login());
    }
    requireKnownTeams(user.teamIds());
    StaffUser created =
        StaffUser.create(
            user.login(),
            user.name(),
            blankToNull(user.email()),
            passwords.encode(user.password()),
            user.role());
    created.setTeams(user.teamIds());
    try {
      return summaryOf(users.save(created));
    } catch (DuplicateKeyException e) {
      throw loginTaken(user.login());
    }
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> find(long id) {
    return users.findById(id).map(UserManagement::summaryOf);
  }

  @Transactional(readOnly = true)
  public UserSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  /** The stored version of a user, for forms that guard against concurrent edits. */
  @Transactional(readOnly = true)
  public long versionOf(long id) {
    Long version = load(id).version();
    return version == null ? 0 : version;
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> findByLogin(String login) {
    return users.findByLogin(login).map(UserManagement::summaryOf);
  }

  @Transactional(readOnly = true)
  public List<UserSummary> all() {
    return users.findAll().stream()
        .map(UserManagement::summaryOf)
        .sorted(Comparator.comparing(UserSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** One page of users: search by login, name or email, optionally of one role or status. */
  @Transactional(readOnly = true)
  public PageResponse<UserSummary> search(
      PageQuery query, @Nullable Role role, @Nullable Boolean active) {
    return list.find(query, role, active);
  }

  @Transactional(readOnly = true)
  public List<UserSummary> activeUsers() {
    return all().stream().filter(UserSummary::active).toList();
  }

  @Transactional(readOnly = true)
  public long count() {
    return users.count();
  }

  /** The users who are members of a team. */
  @Transactional(readOnly = true)
  public List<UserSummary> membersOf(long teamId) {
    return all().stream().filter(user -> user.teamIds().contains(teamId)).toList();
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

  /** Changes a user as the current user (who may not demote or deactivate themselves). */
  public UserSummary update(long id, UserChanges changes) {
    StaffUser user = load(id);
    if (changes.expectedVersion() != null && !changes.expectedVersion().equals(user.version())) {
      throw new OptimisticLockingFailureException("User " + id + " was changed meanwhile");
    }
    Long actor = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    if (changes.name() != null || changes.email() != null) {
      user.rename(
          changes.name() == null ? user.name() : changes.name(),
          changes.email() == null ? user.email() : blankToNull(changes.email()));
    }
    Role roleBefore = user.role();
    boolean activeBefore = user.active();
    if (changes.role() != null) {
      user.changeRole(changes.role(), actor);
    }
    if (changes.teamIds() != null) {
      requireKnownTeams(changes.teamIds());
      user.setTeams(changes.teamIds());
    }
    if (Boolean.TRUE.equals(changes.active())) {
      user.activate();
    } else if (Boolean.FALSE.equals(changes.active()) && user.active()) {
      user.deactivate(actor);
    }
    StaffUser saved = users.save(user);
    if (saved.role() != roleBefore || (activeBefore && !saved.active())) {
      endSessions(saved.login());
    }
    return summaryOf(saved);
  }

  /** Kept for callers of the first version: sets every field. */
  public UserSummary update(
      long id, String name, @Nullable String email, Role role, Set<Long> teamIds, boolean active) {
    return update(id, UserChanges.all(name, email, role, teamIds, active, null));
  }

  public UserSummary deactivate(long id) {
    return update(id, new UserChanges(null, null, null, null, false, null));
  }

  public UserSummary activate(long id) {
    return update(id, new UserChanges(null, null, null, null, true, null));
  }

  public void changePassword(long id, String password) {
    StaffUser user = load(id);
    user.changePassword(passwords.encode(password));
    users.save(user);
    boolean own = currentUser.principal().map(p -> p.userId() == id).orElse(false);
    if (!own) {
      endSessions(user.login());
    }
  }

  /**
   * Signs a user out everywhere: a session keeps the role it was opened with, so a deactivated or
   * re-roled user must open a new one. Runs in the caller's transaction.
   */
  private void endSessions(String login) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(login).keySet().forEach(repository::deleteById);
    }
  }

  /** Creates an API token for a user; its secret is in the answer and nowhere else. */
  public IssuedApiToken issueToken(long userId, String name) {
    load(userId);
    ApiTokenStore.IssuedToken issued = tokens.issue(userId, name);
    return new IssuedApiToken(issued.id(), name, issued.secret());
  }

  @Transactional(readOnly = true)
  public List<ApiTokenSummary> tokensOf(long userId) {
    load(userId);
    return tokens.tokensOf(userId).stream()
        .map(
            token ->
                new ApiTokenSummary(
                    token.id(),
                    token.name(),
                    token.createdAt(),
                    token.lastUsedAt(),
                    token.revokedAt()))
        .toList();
  }

  /** Revokes a token of the user; revoking it again changes nothing. Unknown tokens are 404. */
  public void revokeToken(long userId, long tokenId) {
    boolean known = tokensOf(userId).stream().anyMatch(token -> token.id() == tokenId);
    if (!known) {
      throw new NotFoundException("API token", tokenId);
    }
    tokens.revoke(userId, tokenId);
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

  private void requireKnownTeams(Collection<Long> teamIds) {
    if (teamIds.isEmpty() || teamDirectories.orderedStream().findAny().isEmpty()) {
      return;
    }
    Set<Long> known =
        teamChoices().stream().map(TeamOption::id).collect(java.util.stream.Collectors.toSet());
    for (Long teamId : teamIds) {
      if (!known.contains(teamId)) {
        throw FieldValidationException.of(
            "teamIds", "identity.user.unknown-team", String.valueOf(teamId));
      }
    }
  }

  private StaffUser load(long id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  private static FieldValidationException loginTaken(String login) {
    return FieldValidationException.of("login", "identity.user.login-taken", login);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static UserSummary summaryOf(StaffUser user) {
    return new UserSummary(
        user.id(),
        user.login(),
        user.name(),
        user.email(),
        user.role(),
        user.active(),
        user.teamIds());
  }
}
