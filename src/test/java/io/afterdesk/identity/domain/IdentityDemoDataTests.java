package io.afterdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The demo staff of SPEC §1, created through the service (so the short passwords pass). */
class IdentityDemoDataTests {

  @Test
  void createsTheFourDemoUsersFirst() {
    UserManagement users = mock(UserManagement.class);
    IdentityDemoData demo = new IdentityDemoData(users);
    demo.load();

    ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
    verify(users, times(4)).create(created.capture());
    List<NewUser> all = created.getAllValues();
    assertThat(all)
        .extracting(NewUser::login, NewUser::password, NewUser::role, NewUser::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", "admin", Role.ADMIN, "Alice Admin"),
            org.assertj.core.groups.Tuple.tuple("manager", "manager", Role.MANAGER, "Mai Manager"),
            org.assertj.core.groups.Tuple.tuple("agent", "agent", Role.AGENT, "Andy Agent"),
            org.assertj.core.groups.Tuple.tuple("agent2", "agent2", Role.AGENT, "Bao Agent"));
    assertThat(all).allSatisfy(user -> assertThat(user.email()).endsWith("@afterdesk.example"));
    assertThat(all).allSatisfy(user -> assertThat(user.teamIds()).isEmpty());
    assertThat(demo.getOrder()).isEqualTo(100);
  }
}
