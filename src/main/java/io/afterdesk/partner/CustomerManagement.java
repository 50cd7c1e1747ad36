package io.afterdesk.partner;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.partner.domain.Customer;
import io.afterdesk.partner.domain.CustomerRepository;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and archiving customers (pages, API and demo data go through here). */
@Service
@Transactional
public class CustomerManagement {

  private final CustomerRepository customers;
  private final Customers reading;
  private final PortalSessions sessions;
  private final ApplicationEventPublisher events;
  private final CustomerReach reach;
  private final DocumentReach callers;
  private final Clock clock;

  CustomerManagement(
      CustomerRepository customers,
      Customers reading,
      PortalSessions sessions,
      ApplicationEventPublisher events,
      CustomerReach reach,
      DocumentReach callers,
      Clock clock) {
    this.customers = customers;
    this.reading = reading;
    this.sessions = sessions;
    this.events = events;
    this.reach = reach;
    this.callers = callers;
    this.clock = clock;
  }

  /** Creates a customer; the staff user who creates it keeps it within their reach. */
  public CustomerDetails create(CustomerInput input) {
    Customer customer = Customer.create(input, parentOf(input), clock.instant());
    long id = customers.save(customer).id();
    reach.recordCreator(id, callers.current().staffUserId());
    return reading.details(id);
  }

  /**
   * Changes a customer. With {@code expectedVersion} (a form's hidden version), a change made by
   * someone else meanwhile is refused instead of overwritten.
   */
  public CustomerDetails update(long id, CustomerInput input, @Nullable Long expectedVersion) {
    return update(id, input, expectedVersion, null);
  }

  /**
   * Changes a customer and, when {@code active} is given, archives or unarchives it too. The login
   * email of a portal customer is changed by managers and admins only (403 for anyone else); such a
   * change revokes the portal access, ends the customer's portal sessions and publishes {@link
   * CustomerEmailChanged}, on which the customer is invited again at the new address. Moving a
   * portal customer to another company is for managers and admins too: it ends their portal
   * sessions and publishes {@link CustomerCompanyChanged}.
   */
  public CustomerDetails update(
      long id, CustomerInput input, @Nullable Long expectedVersion, @Nullable Boolean active) {
    Customer customer = load(id);
    if (expectedVersion != null && !Objects.equals(expectedVersion, customer.version())) {
      throw new OptimisticLockingFailureException("Customer " + id + " was changed meanwhile");
    }
    String oldEmail = customer.email();
    boolean hadPortalAccess = customer.hasPortalAccess();
    if (customer.changesPortalLogin(input)) {
      PortalAccessRules.requireManager("email", "partner.customer.portal.login-managers-only");
    }
    long oldEntity = customer.commercialEntityId();
    boolean companyChanged = customer.changesPortalCompany(input);
    if (companyChanged) {
      PortalAccessRules.requireManager("parentId", "partner.customer.portal.company-managers-only");
    }
    boolean loginChanged = customer.change(input, parentOf(input), customers.existsByParentId(id));
    String email = customer.email();
    if (hadPortalAccess && email != null && customers.portalEmailTakenByOther(email, id)) {
      throw FieldValidationException.of("email", "partner.customer.portal.email-taken", email);
    }
    if (Boolean.TRUE.equals(active)) {
      customer.unarchive();
    } else if (Boolean.FALSE.equals(active)) {
      customer.archive();
    }
    customers.save(customer);
    if (loginChanged || companyChanged) {
      sessions.end(id, oldEmail);
    }
    if (companyChanged) {
      events.publishEvent(
          new CustomerCompanyChanged(
              id, oldEntity, customer.commercialEntityId(), clock.instant()));
    }
    if (oldEmail != null && email != null && !oldEmail.equalsIgnoreCase(email)) {
      events.publishEvent(
          new CustomerEmailChanged(id, oldEmail, email, loginChanged, clock.instant()));
    }
    return reading.details(id);
  }

  public void archive(long id) {
    Customer customer = load(id);
    customer.archive();
    customers.save(customer);
  }

  public void unarchive(long id) {
    Customer customer = load(id);
    customer.unarchive();
    customers.save(customer);
  }

  private @Nullable Customer parentOf(CustomerInput input) {
    return input.parentId() == null ? null : customers.findById(input.parentId()).orElse(null);
  }

  private Customer load(long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
  }
}
