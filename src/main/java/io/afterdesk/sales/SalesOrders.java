package io.afterdesk.sales;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineInput;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.domain.SalesOrder;
import io.afterdesk.sales.domain.SalesOrderLine;
import io.afterdesk.sales.domain.SalesOrderQueries;
import io.afterdesk.sales.domain.SalesOrderRepository;
import io.afterdesk.sales.domain.ToInvoiceFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door into sales: quotations (numbered {@code S00001} when created), confirmation into a sales
 * order with its delivery, cancellation with its open documents, and the draft invoice of what is
 * delivered (goods) or ordered (services) and not invoiced yet. Who may call (admins and managers
 * change, every staff member reads) is checked by the callers. Confirm, cancel and create-invoice
 * lock the order row, so two of them on one order run one after the other.
 */
@Service
@Transactional
public class SalesOrders {

  /** The document type of an order's thread (chatter) and of {@link DocumentRef}s to it. */
  public static final String DOCUMENT_TYPE = "sales.order";

  private final SalesOrderRepository orders;
  private final SalesOrderQueries queries;
  private final ToInvoiceFlag toInvoice;
  private final NumberSequences sequences;
  private final Products products;
  private final Customers customers;
  private final UserManagement users;
  private final CurrentUser currentUser;
  private final Transfers transfers;
  private final Invoices invoices;
  private final AfterdeskProperties properties;

  SalesOrders(
      SalesOrderRepository orders,
      SalesOrderQueries queries,
      ToInvoiceFlag toInvoice,
      NumberSequences sequences,
      Products products,
      Customers customers,
      UserManagement users,
      CurrentUser currentUser,
      Transfers transfers,
      Invoices invoices,
      AfterdeskProperties properties) {
    this.orders = orders;
    this.queries = queries;
    this.toInvoice = toInvoice;
    this.sequences = sequences;
    this.products = products;
    this.customers = customers;
    this.users = users;
    this.currentUser = currentUser;
    this.transfers = transfers;
    this.invoices = invoices;
    this.properties = properties;
  }

  /** The company currency every order is in. */
  public Currency currency() {
    return Currency.getInstance(properties.currencyCode());
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Creates a quotation numbered {@code S00001}, {@code S00002}… (gapless: the number is drawn in
   * this transaction) and answers it. 422 for an unknown customer, salesperson or product, or
   * refused line values ({@code lines[i].<field>}).
   */
  public SalesOrderView create(SalesOrderDraft draft) {
    requireCustomer(draft.customerId());
    Long salesperson = salesperson(draft.salespersonId());
    List<SalesOrderLine> lines = lines(draft.lines());
    String number = String.format("S%05d", sequences.next("sales.order"));
    SalesOrder order =
        SalesOrder.quotation(
            number,
            draft.customerId(),
            draft.orderDate() == null ? LocalDate.now() : draft.orderDate(),
            salesperson,
            currency(),
            lines);
    return view(orders.save(order));
  }

  /**
   * Replaces what a quotation holds: customer, date, salesperson, lines (409 once confirmed or
   * cancelled). With {@code expectedVersion}, a change made meanwhile is refused ({@link
   * OptimisticLockingFailureException}).
   */
  public SalesOrderView updateQuotation(
      long id, SalesOrderDraft draft, @Nullable Long expectedVersion) {
    SalesOrder order = load(id);
    if (expectedVersion != null && !Objects.equals(expectedVersion, order.version())) {
      throw new OptimisticLockingFailureException("Sales order " + id + " was changed meanwhile");
    }
    order.requireQuotation();
    requireCustomer(draft.customerId());
    order.changeQuotation(
        draft.customerId(),
        draft.orderDate() == null ? order.orderDate() : draft.orderDate(),
        draft.salespersonId() == null ? order.salespersonId() : salesperson(draft.salespersonId()),
        lines(draft.lines()));
    return view(orders.save(order));
  }

  /**
   * Confirms a quotation into a sales order and creates its delivery (a ready transfer of the goods
   * lines, origin the order number; none when every line is a service). 409 for a wrong state or a
   * quotation without lines.
   */
  public SalesOrderView confirm(long id) {
    SalesOrder order = lockAndLoad(id);
    order.confirm(Instant.now());
    order = orders.save(order);
    List<TransferLine> goods =
        order.goodsLines().stream()
            .map(l -> new TransferLine(l.productId(), l.quantity(), l.id()))
            .toList();
    if (!goods.isEmpty()) {
      transfers.createDelivery(
          new DeliveryRequest(
              order.customerId(),
              order.id(),
              order.number(),
              new DocumentRef(DOCUMENT_TYPE, order.id()),
              goods));
    }
    toInvoice.refresh(id);
    return view(order);
  }

  /**
   * Cancels a quotation, or a sales order none of whose deliveries is done and none of whose
   * invoices is posted (409 naming the document otherwise); the order's open deliveries and draft
   * invoices are cancelled with it, in this transaction.
   */
  public SalesOrderView cancel(long id) {
    SalesOrder order = lockAndLoad(id);
    boolean confirmed = order.state() == SalesOrderState.SALE;
    order.cancel();
    if (confirmed) {
      List<TransferView> documents = transfers.ofSalesOrder(id);
      for (TransferView transfer : documents) {
        if (transfer.state() == TransferState.DONE) {
          throw new BusinessRuleException(
              "sales.order.cancel.delivered", order.number(), transfer.number());
        }
      }
      List<InvoiceRow> bills = invoices.ofSalesOrder(id);
      for (InvoiceRow invoice : bills) {
        if (invoice.state() == InvoiceState.POSTED) {
          throw new BusinessRuleException(
              "sales.order.cancel.invoiced", order.number(), String.valueOf(invoice.number()));
        }
      }
      documents.stream()
          .filter(t -> t.state() != TransferState.CANCELLED)
          .forEach(t -> transfers.cancel(t.id()));
      bills.stream()
          .filter(i -> i.state() == InvoiceState.DRAFT)
          .forEach(i -> invoices.cancel(i.id()));
    }
    order = orders.save(order);
    toInvoice.refresh(id);
    return view(order);
  }

  /** {@link #createInvoice(long, LocalDate)} dated today. */
  public long createInvoice(long id) {
    return createInvoice(id, null);
  }

  /**
   * Creates one draft invoice of what can be invoiced now (per line: delivered less invoiced for
   * goods, ordered less invoiced for services), each line carrying the order line's id, price,
   * discount and tax; answers its id. 409 when the order is not confirmed, and "There is nothing to
   * invoice." when no line has anything left.
   */
  public long createInvoice(long id, @Nullable LocalDate invoiceDate) {
    SalesOrder order = lockAndLoad(id);
    if (order.state() != SalesOrderState.SALE) {
      throw new BusinessRuleException(
          "sales.order.invoice.not-confirmed", order.number(), order.state().name());
    }
    Map<Long, BigDecimal> invoiceable =
        order.invoiceable(transfers.deliveredQuantities(id), invoices.invoicedQuantities(id));
    if (invoiceable.isEmpty()) {
      throw new BusinessRuleException("sales.order.nothing-to-invoice");
    }
    List<InvoiceLineInput> lines = new ArrayList<>();
    invoiceable.forEach(
        (lineId, quantity) -> {
          SalesOrderLine line = order.line(lineId);
          lines.add(
              new InvoiceLineInput(
                  line.productId(),
                  line.description(),
                  quantity,
                  line.unitPrice(),
                  line.discount(),
                  line.taxRate(),
                  lineId));
        });
    long invoiceId =
        invoices.createDraft(
            new InvoiceDraft(
                order.customerId(),
                id,
                new DocumentRef(DOCUMENT_TYPE, id),
                null,
                order.number(),
                invoiceDate,
                null,
                lines));
    toInvoice.refresh(id);
    return invoiceId;
  }

  // ---- reads ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<SalesOrderView> find(long id) {
    return orders.findById(id).filter(o -> queries.reaches(o.id(), o.customerId())).map(this::view);
  }

  /**
   * The customer of an order, whoever asks: for checking a reference to the order (a ticket's sales
   * order must be one of its customer's), never for showing the order.
   */
  @Transactional(readOnly = true)
  public Optional<Long> customerIdOf(long id) {
    return orders.findById(id).map(o -> o.customerId());
  }

  /** The order, or 404 (also when it is not within the caller's reach). */
  @Transactional(readOnly = true)
  public SalesOrderView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Sales order", id));
  }

  /** One page of orders (see {@link SalesOrderQueries#page}). */
  @Transactional(readOnly = true)
  public PageResponse<SalesOrderRow> page(SalesOrderFilter filter, PageQuery query) {
    return queries.page(filter, query);
  }

  /** The orders (any state) of a customer's commercial entity, newest first. */
  @Transactional(readOnly = true)
  public List<SalesOrderRow> ofCommercialEntityOf(long customerId) {
    return queries.ofCustomers(entityMembers(customerId));
  }

  /**
   * The products a customer's commercial entity bought: those of its confirmed orders' lines and
   * those its done deliveries brought.
   */
  @Transactional(readOnly = true)
  public Set<Long> productIdsBoughtBy(long customerId) {
    Set<Long> members = entityMembers(customerId);
    Set<Long> ids = new LinkedHashSet<>(queries.productIdsConfirmedFor(members));
    ids.addAll(transfers.productIdsDeliveredTo(members));
    return ids;
  }

  private Set<Long> entityMembers(long customerId) {
    Set<Long> members = new LinkedHashSet<>();
    members.add(customerId);
    if (customers.find(customerId).isEmpty()) {
      return members;
    }
    long entity = customers.commercialEntityOf(customerId);
    members.add(entity);
    customers.membersOfCommercialEntity(entity).forEach(c -> members.add(c.id()));
    return members;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private SalesOrder load(long id) {
    return orders.findById(id).orElseThrow(() -> new NotFoundException("Sales order", id));
  }

  private SalesOrder lockAndLoad(long id) {
    if (!queries.lock(id)) {
      throw new NotFoundException("Sales order", id);
    }
    return load(id);
  }

  private void requireCustomer(long customerId) {
    if (customers.find(customerId).isEmpty()) {
      throw FieldValidationException.of("customerId", "sales.order.customer.unknown");
    }
  }

  private @Nullable Long salesperson(@Nullable Long salespersonId) {
    if (salespersonId == null) {
      return currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    }
    if (users.find(salespersonId).isEmpty()) {
      throw FieldValidationException.of("salespersonId", "sales.order.salesperson.unknown");
    }
    return salespersonId;
  }

  private List<SalesOrderLine> lines(List<SalesOrderLineInput> inputs) {
    List<FieldError> errors = new ArrayList<>();
    List<SalesOrderLine> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      SalesOrderLineInput input = inputs.get(i);
      if (input.productId() == null) {
        errors.add(new FieldError("lines[" + i + "].productId", "sales.line.product.required"));
        continue;
      }
      Optional<ProductSummary> product = products.find(input.productId());
      if (product.isEmpty()) {
        errors.add(new FieldError("lines[" + i + "].productId", "sales.line.product.unknown"));
        continue;
      }
      if (!product.get().active() || !product.get().saleOk()) {
        errors.add(
            new FieldError(
                "lines[" + i + "].productId",
                "sales.line.product.not-sold",
                product.get().displayName()));
        continue;
      }
      SalesOrderLine line = SalesOrderLine.of(product.get(), input, currency(), i, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return lines;
  }

  private SalesOrderView view(SalesOrder order) {
    long id = order.id();
    Map<Long, BigDecimal> delivered = transfers.deliveredQuantities(id);
    Map<Long, BigDecimal> invoiced = invoices.invoicedQuantities(id);
    Map<Long, BigDecimal> invoiceable = order.invoiceable(delivered, invoiced);
    Currency currency = order.currency();
    List<SalesOrderLineView> lines =
        order.lines().stream()
            .map(
                l ->
                    new SalesOrderLineView(
                        l.id(),
                        l.productId(),
                        l.productType(),
                        l.description(),
                        l.quantity(),
                        new io.afterdesk.common.Money(l.unitPrice(), currency),
                        l.discount(),
                        l.taxRate(),
                        new io.afterdesk.common.Money(l.subtotal(), currency),
                        new io.afterdesk.common.Money(l.tax(), currency),
                        delivered.getOrDefault(l.id(), BigDecimal.ZERO),
                        invoiced.getOrDefault(l.id(), BigDecimal.ZERO),
                        invoiceable.getOrDefault(l.id(), BigDecimal.ZERO)))
            .toList();
    List<TransferView> documents =
        order.confirmedAt() == null ? List.of() : transfers.ofSalesOrder(id);
    List<InvoiceRow> bills = invoices.ofSalesOrder(id);
    return new SalesOrderView(
        id,
        order.version() == null ? 0 : order.version(),
        order.number(),
        order.state(),
        order.customerId(),
        order.orderDate(),
        order.salespersonId(),
        lines,
        order.untaxed(),
        order.tax(),
        order.total(),
        documents.stream()
            .filter(t -> t.kind() == TransferKind.DELIVERY)
            .map(TransferView::id)
            .toList(),
        documents.stream()
            .filter(t -> t.kind() == TransferKind.RETURN)
            .map(TransferView::id)
            .toList(),
        bills.stream().filter(i -> i.kind() == InvoiceKind.INVOICE).map(InvoiceRow::id).toList(),
        bills.stream()
            .filter(i -> i.kind() == InvoiceKind.CREDIT_NOTE)
            .map(InvoiceRow::id)
            .toList(),
        order.createdAt(),
        order.confirmedAt());
  }
}
