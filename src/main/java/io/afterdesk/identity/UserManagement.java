package io.afterdesk.identity;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.domain.StaffUser;
import io.afterdesk.identity.domain.StaffUserRepository;
import io.afterdesk.identity.domain.UserList;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users: the door other modules use into identity. Team memberships are {@link
 * TeamMemberships}, API tokens {@link ApiTokens}.
 */
@Service
@Transactional
public class UserManagement {

  private final StaffUserRepository users;
  private final PasswordEncoder passwords;
  private final UserList list;
  private final TeamMemberships memberships;
  private final CurrentUser currentUser;
  private final StaffSessions sessions;
  private final Clock clock;

  UserManagement(
      StaffUserRepository users,
      PasswordEncoder passwords,
      UserList list,
      TeamMemberships memberships,
      CurrentUser currentUser,
      StaffSessions sessions,
      Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.list = list;
    this.memberships = memberships;
    this.currentUser = currentUser;
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * Creates a staff user. Only uniqueness of the login and known teams are checked here; the shape
   * of the input (login characters, password length) is the business of the forms.
   */
  public UserSummary create(NewUser user) {
    if (users.existsByLogin(user.login())) {
      throw loginTaken(user.login());
    }
    memberships.requireKnownTeams(user.teamIds());
    StaffUser created =
        StaffUser.create(
            user.login(),
            user.name(),
            blankToNull(user.email()),
            passwords.encode(user.password()),
            user.role(),
            clock.instant());
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
      memberships.requireKnownTeams(changes.teamIds());
      user.setTeams(changes.teamIds());
    }
    if (Boolean.TRUE.equals(changes.active())) {
      user.activate();
    } else if (Boolean.FALSE.equals(changes.active()) && user.active()) {
      user.deactivate(actor);
    }
    StaffUser saved = users.save(user);
    if (saved.role() != roleBefore || (activeBefore && !saved.active())) {
      sessions.endAll(saved.login());
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
      sessions.endAll(user.login());
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
