package io.afterdesk.sales;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.domain.SalesOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Creates quotations and changes what they hold, checking the customer and salesperson. */
@Component
class QuotationEditing {

  private final SalesOrderStore store;
  private final SalesOrderLineFactory lineFactory;
  private final NumberSequences sequences;
  private final Customers customers;
  private final UserManagement users;
  private final CurrentUser currentUser;
  private final AfterdeskProperties properties;
  private final Clock clock;

  QuotationEditing(
      SalesOrderStore store,
      SalesOrderLineFactory lineFactory,
      NumberSequences sequences,
      Customers customers,
      UserManagement users,
      CurrentUser currentUser,
      AfterdeskProperties properties,
      Clock clock) {
    this.store = store;
    this.lineFactory = lineFactory;
    this.sequences = sequences;
    this.customers = customers;
    this.users = users;
    this.currentUser = currentUser;
    this.properties = properties;
    this.clock = clock;
  }

  Currency currency() {
    return Currency.getInstance(properties.currencyCode());
  }

  SalesOrder create(SalesOrderDraft draft) {
    requireCustomer(draft.customerId());
    Long salesperson = salesperson(draft.salespersonId());
    var lines = lineFactory.lines(draft.lines(), currency());
    // Drawn in this transaction, so a refused quotation leaves no gap in the numbers.
    String number = String.format("S%05d", sequences.next("sales.order"));
    LocalDate date = draft.orderDate() == null ? LocalDate.now(clock) : draft.orderDate();
    return store.save(
        SalesOrder.quotation(
            number, draft.customerId(), date, salesperson, currency(), lines, clock.instant()));
  }

  SalesOrder update(long id, SalesOrderDraft draft, @Nullable Long expectedVersion) {
    SalesOrder order = store.load(id);
    if (expectedVersion != null && !Objects.equals(expectedVersion, order.version())) {
      throw new OptimisticLockingFailureException("Sales order " + id + " was changed meanwhile");
    }
    order.requireQuotation();
    requireCustomer(draft.customerId());
    order.changeQuotation(
        draft.customerId(),
        draft.orderDate() == null ? order.orderDate() : draft.orderDate(),
        draft.salespersonId() == null ? order.salespersonId() : salesperson(draft.salespersonId()),
        lineFactory.lines(draft.lines(), currency()));
    return store.save(order);
  }

  private void requireCustomer(long customerId) {
    if (customers.find(customerId).isEmpty()) {
      throw FieldValidationException.of("customerId", "sales.order.customer.unknown");
    }
  }

  /** The given salesperson, who must exist, or else the caller. */
  private @Nullable Long salesperson(@Nullable Long salespersonId) {
    if (salespersonId == null) {
      return currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    }
    if (users.find(salespersonId).isEmpty()) {
      throw FieldValidationException.of("salespersonId", "sales.order.salesperson.unknown");
    }
    return salespersonId;
  }
}
