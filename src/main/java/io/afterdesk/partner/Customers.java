package io.afterdesk.partner;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.partner.domain.CommercialEntityMembers;
import io.afterdesk.partner.domain.Customer;
import io.afterdesk.partner.domain.CustomerRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading customers and their commercial entities, and giving or taking portal access: the door
 * other modules use into partner.
 */
@Service
@Transactional(readOnly = true)
public class Customers {

  private static final String SELECT =
      "select c.id, c.name, c.is_company, c.parent_id, p.name as parent_name,"
          + " coalesce(c.parent_id, c.id) as commercial_entity_id, c.email, c.phone"
          + " from customer c left join customer p on p.id = c.parent_id ";

  private final JdbcClient jdbc;
  private final CustomerRepository customers;
  private final PasswordEncoder passwords;
  private final PortalSessions sessions;
  private final DocumentReach reach;
  private final CommercialEntityMembers entityMembers;

  Customers(
      JdbcClient jdbc,
      CustomerRepository customers,
      PasswordEncoder passwords,
      PortalSessions sessions,
      DocumentReach reach,
      CommercialEntityMembers entityMembers) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.passwords = passwords;
    this.sessions = sessions;
    this.reach = reach;
    this.entityMembers = entityMembers;
  }

  public Optional<CustomerSummary> find(long id) {
    return jdbc.sql(SELECT + "where c.id = :id").param("id", id).query(Customers::map).optional();
  }

  public CustomerSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Customer", id));
  }

  /** Everything about a customer (addresses, active, portal access). */
  public Optional<CustomerDetails> findDetails(long id) {
    return jdbc.sql(CustomerRows.SELECT_DETAILS + "where c.id = :id")
        .param("id", id)
        .query(CustomerRows::details)
        .optional();
  }

  public CustomerDetails details(long id) {
    return findDetails(id).orElseThrow(() -> new NotFoundException("Customer", id));
  }

  /** Everything about a customer within the caller's reach; 404 for others as for unknown ids. */
  public CustomerDetails visibleDetails(long id) {
    if (!reach.current().seesCustomer(id)) {
      throw new NotFoundException("Customer", id);
    }
    return details(id);
  }

  /** The company of a contact, or the customer itself. */
  public long commercialEntityOf(long customerId) {
    return get(customerId).commercialEntityId();
  }

  /** The commercial entity and all its contacts. */
  public List<CustomerSummary> membersOfCommercialEntity(long commercialEntityId) {
    return jdbc.sql(
            SELECT
                + "where coalesce(c.parent_id, c.id) = :entity order by c.parent_id nulls first, c.name")
        .param("entity", commercialEntityId)
        .query(Customers::map)
        .list();
  }

  /**
   * The ids of everyone in the customer's commercial entity: the company, its contacts and the
   * customer itself (empty for an unknown customer).
   */
  public Set<Long> commercialEntityMembers(long customerId) {
    return entityMembers.of(customerId);
  }

  /** The contacts of a company (active and archived), by name. */
  public List<CustomerDetails> contactsOf(long companyId) {
    return jdbc.sql(
            CustomerRows.SELECT_DETAILS
                + "where c.parent_id = :company order by lower(c.name), c.id")
        .param("company", companyId)
        .query(CustomerRows::details)
        .list();
  }

  /**
   * Where invoices of the customer go: the active contact of type INVOICE in its commercial entity,
   * or the commercial entity itself.
   */
  public CustomerDetails invoiceAddressOf(long customerId) {
    return addressOf(customerId, AddressType.INVOICE);
  }

  /**
   * Where goods for the customer go: the active contact of type DELIVERY in its commercial entity,
   * or the commercial entity itself.
   */
  public CustomerDetails deliveryAddressOf(long customerId) {
    return addressOf(customerId, AddressType.DELIVERY);
  }

  private CustomerDetails addressOf(long customerId, AddressType type) {
    long entity = commercialEntityOf(customerId);
    return jdbc.sql(
            CustomerRows.SELECT_DETAILS
                + "where c.parent_id = :entity and c.address_type = :type and c.active"
                + " order by c.id limit 1")
        .param("entity", entity)
        .param("type", type.name())
        .query(CustomerRows::details)
        .optional()
        .orElseGet(() -> details(entity));
  }

  /** Active customers whose name or email contains the text, for pickers. */
  public List<CustomerSummary> search(String text, int limit) {
    return jdbc.sql(
            SELECT
                + "where c.active and (lower(c.name) like :q or lower(coalesce(c.email, '')) like :q"
                + " or lower(coalesce(p.name, '')) like :q) order by coalesce(p.name, c.name), c.name"
                + " limit :limit")
        .param("q", "%" + text.toLowerCase(Locale.ROOT).trim() + "%")
        .param("limit", limit)
        .query(Customers::map)
        .list();
  }

  /**
   * Lets the customer sign in to the portal at {@code /my/login} with its email and this password.
   * The email must be set and no other portal customer may use it. An earlier password is replaced
   * and the sessions signed in with it end: callers reach this only through a one-time link mailed
   * to the customer's address (an invitation or an explicit password reset), or in demo data.
   */
  @Transactional
  public void grantPortalAccess(long customerId, String rawPassword) {
    Customer customer = load(customerId);
    String email = customer.email();
    if (email != null && customers.portalEmailTakenByOther(email, customerId)) {
      throw new BusinessRuleException("partner.customer.portal.email-taken", email);
    }
    boolean hadPassword = customer.hasPortalAccess();
    customer.grantPortalAccess(passwords.encode(rawPassword));
    customers.save(customer);
    if (hadPassword) {
      sessions.end(customerId, email);
    }
  }

  /** Takes the portal access away and ends the customer's portal sessions. */
  @Transactional
  public void revokePortalAccess(long customerId) {
    Customer customer = load(customerId);
    customer.revokePortalAccess();
    customers.save(customer);
    sessions.end(customerId, customer.email());
  }

  public boolean hasPortalAccess(long customerId) {
    return details(customerId).portalAccess();
  }

  private Customer load(long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
  }

  private static CustomerSummary map(ResultSet rs, int row) throws SQLException {
    return new CustomerSummary(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getBoolean("is_company"),
        (Long) rs.getObject("parent_id"),
        rs.getString("parent_name"),
        rs.getLong("commercial_entity_id"),
        rs.getString("email"),
        rs.getString("phone"));
  }
}
