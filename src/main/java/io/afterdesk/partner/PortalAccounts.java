package io.afterdesk.partner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs customers in to the portal by email, for those who were given portal access. */
@Service
public class PortalAccounts implements UserDetailsService {

  private final JdbcClient jdbc;

  PortalAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public PortalPrincipal loadUserByUsername(String email) {
    return jdbc.sql(
            "select id, coalesce(parent_id, id) as commercial_entity_id, email, name,"
                + " portal_password_hash from customer"
                + " where lower(email) = lower(:email) and portal_active and active"
                + " and portal_password_hash is not null")
        .param("email", email.trim())
        .query(
            (rs, row) ->
                new PortalPrincipal(
                    rs.getLong("id"),
                    rs.getLong("commercial_entity_id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getString("portal_password_hash")))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException(email));
  }
}
