package io.afterdesk.identity.domain;

import io.afterdesk.common.demo.DemoDataLoader;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo staff: one admin, one manager, two agents, each with the password equal to the login.
 * Their team memberships are set by the helpdesk demo data, which makes the teams.
 */
@Component
class IdentityDemoData implements DemoDataLoader {

  private final UserManagement users;

  IdentityDemoData(UserManagement users) {
    this.users = users;
  }

  @Override
  public int getOrder() {
    return 100;
  }

  @Override
  public void load() {
    create("admin", "Alice Admin", Role.ADMIN);
    create("manager", "Mai Manager", Role.MANAGER);
    create("agent", "Andy Agent", Role.AGENT);
    create("agent2", "Bao Agent", Role.AGENT);
  }

  private void create(String login, String name, Role role) {
    users.create(new NewUser(login, name, login + "@afterdesk.example", login, role, Set.of()));
  }
}
