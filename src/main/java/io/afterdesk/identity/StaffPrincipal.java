package io.afterdesk.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in staff user, as the security layer holds it in the session. */
public record StaffPrincipal(
    long userId, String login, String name, Role role, String passwordHash, boolean active)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return login;
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  /** The principal without its password hash, as kept in the session after sign-in. */
  public StaffPrincipal withoutPassword() {
    return new StaffPrincipal(userId, login, name, role, "", active);
  }
}
