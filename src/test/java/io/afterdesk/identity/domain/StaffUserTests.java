package io.afterdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.identity.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules a staff user guards: an admin never locks themselves out. */
class StaffUserTests {

  private static StaffUser saved(long id, Role role) {
    return new StaffUser(
        id, 1L, "u" + id, "User", null, "{noop}x", role, true, Instant.now(), Set.of());
  }

  @Test
  void anAdminCannotDeactivateThemselves() {
    StaffUser admin = saved(7, Role.ADMIN);
    assertThatThrownBy(() -> admin.deactivate(7L))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).messageKey())
        .isEqualTo("identity.user.cannot-deactivate-self");
    assertThat(admin.active()).isTrue();
  }

  @Test
  void anAdminDeactivatesSomeoneElse() {
    StaffUser agent = saved(8, Role.AGENT);
    agent.deactivate(7L);
    assertThat(agent.active()).isFalse();
    agent.activate();
    assertThat(agent.active()).isTrue();
  }

  @Test
  void theSystemMayDeactivateAnyone() {
    StaffUser admin = saved(7, Role.ADMIN);
    admin.deactivate(null);
    assertThat(admin.active()).isFalse();
  }

  @Test
  void anAdminCannotRemoveTheirOwnAdminRole() {
    StaffUser admin = saved(7, Role.ADMIN);
    assertThatThrownBy(() -> admin.changeRole(Role.MANAGER, 7L))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).messageKey())
        .isEqualTo("identity.user.cannot-demote-self");
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void anAdminKeepingTheirRoleIsNoChange() {
    StaffUser admin = saved(7, Role.ADMIN);
    admin.changeRole(Role.ADMIN, 7L);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void anotherAdminChangesAnAdminsRole() {
    StaffUser admin = saved(7, Role.ADMIN);
    admin.changeRole(Role.AGENT, 9L);
    assertThat(admin.role()).isEqualTo(Role.AGENT);
  }

  @Test
  void aNonAdminPromotingThemselvesIsNotThisRulesBusiness() {
    // Only admins reach the users admin; the rule is about not losing the admin role.
    StaffUser manager = saved(7, Role.MANAGER);
    manager.changeRole(Role.AGENT, 7L);
    assertThat(manager.role()).isEqualTo(Role.AGENT);
  }

  @Test
  void teamsAreReplacedJoinedAndLeft() {
    StaffUser agent = saved(8, Role.AGENT);
    agent.setTeams(Set.of(1L, 2L));
    agent.joinTeam(3L);
    agent.leaveTeam(1L);
    assertThat(agent.teamIds()).containsExactlyInAnyOrder(2L, 3L);
  }
}
