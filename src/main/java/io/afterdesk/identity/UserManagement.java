package io.afterdesk.identity;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.identity.domain.StaffUser;
import io.afterdesk.identity.domain.StaffUserRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff users and their team memberships: the door other modules use into identity. */
@Service
@Transactional
public class UserManagement {

  private final StaffUserRepository users;
  private final PasswordEncoder passwords;

  UserManagement(StaffUserRepository users, PasswordEncoder passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  public UserSummary create(NewUser user) {
    if (users.existsByLogin(user.login())) {
      throw FieldValidationException.of("login", "identity.user.login-taken", user.login());
    }
    StaffUser created =
        StaffUser.create(
            user.login(),
            user.name(),
            user.email(),
            passwords.encode(user.password()),
            user.role());
    created.setTeams(user.teamIds());
    return summaryOf(users.save(created));
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> find(long id) {
    return users.findById(id).map(UserManagement::summaryOf);
  }

  @Transactional(readOnly = true)
  public UserSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("User", id));
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
    for (Long userId : userIds) {
      if (!users.existsById(userId)) {
        throw FieldValidationException.of("memberIds", "identity.user.unknown", userId);
      }
    }
  }

  public UserSummary update(
      long id, String name, String email, Role role, Set<Long> teamIds, boolean active) {
    StaffUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    user.rename(name, email);
    user.changeRole(role);
    user.setTeams(teamIds);
    if (active) {
      user.activate();
    } else {
      user.deactivate();
    }
    return summaryOf(users.save(user));
  }

  public void changePassword(long id, String password) {
    StaffUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    user.changePassword(passwords.encode(password));
    users.save(user);
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
