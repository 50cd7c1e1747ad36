package io.afterdesk.helpdesk;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.helpdesk.domain.TagRepository;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A draft's assignee, customer, product, lot, sales order, tags and priority, checked against the
 * modules that own them; every error of the draft is reported at once, then all are applied.
 */
@Component
class TicketFields {

  private final TagRepository tags;
  private final UserManagement users;
  private final Customers customers;
  private final Products products;
  private final SalesOrders salesOrders;

  TicketFields(
      TagRepository tags,
      UserManagement users,
      Customers customers,
      Products products,
      SalesOrders salesOrders) {
    this.tags = tags;
    this.users = users;
    this.customers = customers;
    this.products = products;
    this.salesOrders = salesOrders;
  }

  void apply(Ticket ticket, Team team, TicketDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    assigneeError(ticket, team, draft).ifPresent(errors::add);
    CustomerSummary customer = null;
    if (draft.customerId() != null) {
      customer = customers.find(draft.customerId()).orElse(null);
      if (customer == null) {
        errors.add(new FieldError("customerId", "helpdesk.ticket.unknown"));
      }
    }
    ProductSummary product = null;
    if (draft.productId() != null) {
      product = products.find(draft.productId()).orElse(null);
      if (product == null) {
        errors.add(new FieldError("productId", "helpdesk.ticket.unknown"));
      }
    }
    LotSummary lot = null;
    if (draft.lotId() != null) {
      lot = products.findLot(draft.lotId()).orElse(null);
      if (lot == null) {
        errors.add(new FieldError("lotId", "helpdesk.ticket.unknown"));
      } else if (draft.lotId().equals(ticket.lotId()) && !fits(lot, product)) {
        // The lot kept from before no longer fits the (new or now untracked) product: cleared.
        lot = null;
      }
    }
    salesOrderError(draft.salesOrderId(), customer).ifPresent(errors::add);
    for (Long tagId : draft.tagIds()) {
      if (!tags.existsById(tagId)) {
        errors.add(new FieldError("tagIds", "helpdesk.ticket.unknown"));
      }
    }
    if (draft.priority() < 0 || draft.priority() > Ticket.MAX_PRIORITY) {
      errors.add(new FieldError("priority", "helpdesk.ticket.priority-range", Ticket.MAX_PRIORITY));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    ticket.assignTo(draft.assigneeId());
    ticket.changePriority(draft.priority());
    ticket.concern(customer, draft.email());
    ticket.about(product, lot);
    ticket.referToSalesOrder(draft.salesOrderId());
    ticket.tagWith(draft.tagIds());
  }

  /** A new assignee must be active and work on the ticket's team. */
  private Optional<FieldError> assigneeError(Ticket ticket, Team team, TicketDraft draft) {
    if (draft.assigneeId() == null || Objects.equals(draft.assigneeId(), ticket.assigneeId())) {
      return Optional.empty();
    }
    Optional<UserSummary> assignee = users.find(draft.assigneeId());
    boolean allowed =
        assignee.isPresent()
            && assignee.get().active()
            && (assignee.get().role().seesAllTeams()
                || assignee.get().teamIds().contains(team.id()));
    return allowed
        ? Optional.empty()
        : Optional.of(new FieldError("assigneeId", "helpdesk.ticket.assignee-not-in-team"));
  }

  private static boolean fits(LotSummary lot, @Nullable ProductSummary product) {
    return product != null && product.tracking().tracked() && lot.productId() == product.id();
  }

  /** A sales order must be one of the customer's commercial entity (SPEC §2). */
  private Optional<FieldError> salesOrderError(
      @Nullable Long salesOrderId, @Nullable CustomerSummary customer) {
    if (salesOrderId == null) {
      return Optional.empty();
    }
    Optional<Long> orderCustomer = salesOrders.customerIdOf(salesOrderId);
    if (orderCustomer.isEmpty()) {
      return Optional.of(new FieldError("salesOrderId", "helpdesk.ticket.unknown"));
    }
    if (customer == null) {
      return Optional.of(new FieldError("salesOrderId", "helpdesk.ticket.sales-order.no-customer"));
    }
    long entity = customer.commercialEntityId();
    boolean ofEntity =
        customers.find(orderCustomer.get()).map(CustomerSummary::commercialEntityId).stream()
            .anyMatch(e -> e == entity);
    return ofEntity
        ? Optional.empty()
        : Optional.of(new FieldError("salesOrderId", "helpdesk.ticket.sales-order.other-customer"));
  }
}
