package io.afterdesk.identity.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.identity.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member who signs in: admin, manager or agent, member of some teams. */
@Table("staff_user")
public class StaffUser {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private String login;
  private String name;
  private @Nullable String email;
  private String passwordHash;
  private Role role;
  private boolean active;
  private Instant createdAt;

  @MappedCollection(idColumn = "user_id")
  private Set<TeamMembership> teams = new HashSet<>();

  @PersistenceCreator
  StaffUser(
      @Nullable Long id,
      @Nullable Long version,
      String login,
      String name,
      @Nullable String email,
      String passwordHash,
      Role role,
      boolean active,
      Instant createdAt,
      Set<TeamMembership> teams) {
    this.id = id;
    this.version = version;
    this.login = login;
    this.name = name;
    this.email = email;
    this.passwordHash = passwordHash;
    this.role = role;
    this.active = active;
    this.createdAt = createdAt;
    this.teams = new HashSet<>(teams);
  }

  public static StaffUser create(
      String login,
      String name,
      @Nullable String email,
      String passwordHash,
      Role role,
      Instant now) {
    return new StaffUser(null, null, login, name, email, passwordHash, role, true, now, Set.of());
  }

  public void rename(String name, @Nullable String email) {
    this.name = name;
    this.email = email;
  }

  /**
   * Gives the user another role. An admin may not take the admin role away from themselves: the
   * system could be left without anyone who can configure it.
   */
  public void changeRole(Role role, @Nullable Long actingUserId) {
    if (isSelf(actingUserId) && this.role == Role.ADMIN && role != Role.ADMIN) {
      throw new BusinessRuleException("identity.user.cannot-demote-self");
    }
    this.role = role;
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /**
   * Stops the user from signing in (password and API tokens); an admin cannot lock themselves out.
   */
  public void deactivate(@Nullable Long actingUserId) {
    if (isSelf(actingUserId)) {
      throw new BusinessRuleException("identity.user.cannot-deactivate-self");
    }
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  private boolean isSelf(@Nullable Long actingUserId) {
    return id != null && id.equals(actingUserId);
  }

  public void setTeams(Set<Long> teamIds) {
    this.teams = teamIds.stream().map(TeamMembership::new).collect(Collectors.toSet());
  }

  public void joinTeam(long teamId) {
    teams.add(new TeamMembership(teamId));
  }

  public void leaveTeam(long teamId) {
    teams.remove(new TeamMembership(teamId));
  }

  public Set<Long> teamIds() {
    return teams.stream().map(TeamMembership::teamId).collect(Collectors.toUnmodifiableSet());
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The user is not saved yet");
    }
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public String login() {
    return login;
  }

  public String name() {
    return name;
  }

  public @Nullable String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
