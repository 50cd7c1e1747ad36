package io.afterdesk.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A customer signed in to the portal. Everything they may see is scoped by their commercial entity.
 */
public record PortalPrincipal(
    long customerId, long commercialEntityId, String email, String name, String passwordHash)
    implements UserDetails {

  public static final String ROLE = "ROLE_CUSTOMER";

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(ROLE));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }
}
