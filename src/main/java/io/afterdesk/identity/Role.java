package io.afterdesk.identity;

/** What a staff user may do: admins configure, managers see all teams, agents their own. */
public enum Role {
  ADMIN,
  MANAGER,
  AGENT;

  public String authority() {
    return "ROLE_" + name();
  }

  public boolean seesAllTeams() {
    return this != AGENT;
  }
}
