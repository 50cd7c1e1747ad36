package io.afterdesk.helpdesk;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data of the helpdesk tests, with unique names: staff users, teams, and customers inserted
 * straight into partner's table (partner has no create method on this branch).
 */
public final class HelpdeskFixtures {

  public static final String PASSWORD = "secret-pass";

  private final UserManagement users;
  private final Teams teams;
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  public final String suffix = UUID.randomUUID().toString().substring(0, 8);

  public HelpdeskFixtures(
      UserManagement users, Teams teams, JdbcClient jdbc, PasswordEncoder passwords) {
    this.users = users;
    this.teams = teams;
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  public UserSummary user(String name, Role role) {
    return users.create(
        new NewUser(
            name + "-" + suffix,
            name + " " + suffix,
            name + "-" + suffix + "@staff.test",
            PASSWORD,
            role,
            Set.of()));
  }

  public TeamView team(String name, UserSummary... members) {
    return teams.create(
        new TeamDraft(
            name + " " + suffix,
            java.util.Arrays.stream(members).map(UserSummary::id).toList(),
            AfterSalesSwitches.none(),
            null,
            null));
  }

  /** A company (commercial entity) and returns its id. */
  public long company(String name) {
    return insertCustomer(name + " " + suffix, true, null, null);
  }

  /** A contact of a company, or an individual when parent is null. */
  public long contact(String name, @Nullable Long parent, String email) {
    return insertCustomer(name + " " + suffix, false, parent, email);
  }

  /** Gives a customer portal access with the test password. */
  public void grantPortal(long customerId) {
    jdbc.sql(
            "update customer set portal_active = true, portal_password_hash = :hash where id = :id")
        .param("hash", passwords.encode(PASSWORD))
        .param("id", customerId)
        .update();
  }

  /** A product of the catalog, returning its id. */
  public long product(String name, String tracking) {
    return jdbc.sql(
            "insert into product (name, type, tracking, currency) values (:name, 'GOODS',"
                + " :tracking, 'USD') returning id")
        .param("name", name + " " + suffix)
        .param("tracking", tracking)
        .query(Long.class)
        .single();
  }

  public long lot(long productId, String name) {
    return jdbc.sql("insert into lot (product_id, name) values (:product, :name) returning id")
        .param("product", productId)
        .param("name", name)
        .query(Long.class)
        .single();
  }

  public List<Long> ticketIdsWithSubject(String subject) {
    return jdbc.sql("select id from helpdesk_ticket where subject = :subject")
        .param("subject", subject)
        .query(Long.class)
        .list();
  }

  private long insertCustomer(
      String name, boolean company, @Nullable Long parent, @Nullable String email) {
    return jdbc.sql(
            "insert into customer (name, is_company, parent_id, email) values (:name, :company,"
                + " :parent, :email) returning id")
        .param("name", name)
        .param("company", company)
        .param("parent", parent)
        .param("email", email)
        .query(Long.class)
        .single();
  }
}
