package io.afterdesk.helpdesk;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.partner.CustomerInput;
import io.afterdesk.partner.CustomerManagement;
import io.afterdesk.partner.Customers;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the helpdesk tests, with unique names: staff users, teams, customers and products,
 * each made through its own module's services (so their rules apply).
 */
public final class HelpdeskFixtures {

  public static final String PASSWORD = "secret-pass";

  private final UserManagement users;
  private final Teams teams;
  private final JdbcClient jdbc;
  private final CustomerManagement customerManagement;
  private final Customers customers;
  private final ProductManagement products;
  public final String suffix = UUID.randomUUID().toString().substring(0, 8);

  public HelpdeskFixtures(ApplicationContext context) {
    this.users = context.getBean(UserManagement.class);
    this.teams = context.getBean(Teams.class);
    this.jdbc = context.getBean(JdbcClient.class);
    this.customerManagement = context.getBean(CustomerManagement.class);
    this.customers = context.getBean(Customers.class);
    this.products = context.getBean(ProductManagement.class);
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
    return customerManagement.create(CustomerInput.company(name + " " + suffix, null, null)).id();
  }

  /** A contact of a company, or an individual when parent is null. */
  public long contact(String name, @Nullable Long parent, String email) {
    CustomerInput input =
        parent == null
            ? CustomerInput.individual(name + " " + suffix, email, null)
            : CustomerInput.contactOf(parent, name + " " + suffix, email, null);
    return customerManagement.create(input).id();
  }

  /** Gives a customer portal access with the test password. */
  public void grantPortal(long customerId) {
    customers.grantPortalAccess(customerId, PASSWORD);
  }

  /** A product of the catalog, returning its id. */
  public long product(String name, String tracking) {
    return products
        .create(
            ProductInput.goods(
                name + " " + suffix, null, Tracking.valueOf(tracking), "10.00", "5.00"))
        .id();
  }

  public long lot(long productId, String name) {
    return products.addLot(productId, name).id();
  }

  public List<Long> ticketIdsWithSubject(String subject) {
    return jdbc.sql("select id from helpdesk_ticket where subject = :subject")
        .param("subject", subject)
        .query(Long.class)
        .list();
  }
}
