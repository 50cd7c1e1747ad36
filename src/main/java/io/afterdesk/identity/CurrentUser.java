package io.afterdesk.identity;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.identity.domain.StaffUserRepository;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The staff user of the current request. Team memberships are read fresh, so a change by an admin
 * applies at once, not at the next sign-in.
 */
@Component
public class CurrentUser {

  private final StaffUserRepository users;

  CurrentUser(StaffUserRepository users) {
    this.users = users;
  }

  public Optional<StaffPrincipal> principal() {
    return Permissions.principal(StaffPrincipal.class);
  }

  public StaffPrincipal require() {
    return principal().orElseThrow(() -> new NotFoundException("Staff user", "(signed in)"));
  }

  public long id() {
    return require().userId();
  }

  public Role role() {
    return require().role();
  }

  public boolean seesAllTeams() {
    return role().seesAllTeams();
  }

  public boolean isAdmin() {
    return role() == Role.ADMIN;
  }

  /** The teams of the current user, as stored now. */
  public Set<Long> teamIds() {
    return users.findById(id()).map(user -> user.teamIds()).orElse(Set.of());
  }

  /** Whether the current user may see and change the records of a team. */
  public boolean canWorkOnTeam(long teamId) {
    return seesAllTeams() || teamIds().contains(teamId);
  }
}
