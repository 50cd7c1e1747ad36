package io.afterdesk.sales;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.sales.domain.SalesOrderQueries;
import io.afterdesk.sales.domain.SalesOrderRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door into sales: quotations (numbered {@code S00001} when created), confirmation into a sales
 * order with its delivery, cancellation with its open documents, and the draft invoice of what is
 * delivered (goods) or ordered (services) and not invoiced yet. Who may call (admins and managers
 * change, every staff member reads) is checked by the callers. Confirm, cancel and create-invoice
 * lock the order row, so two of them on one order run one after the other. What a customer bought
 * is answered by {@link CustomerPurchases}.
 */
@Service
@Transactional
public class SalesOrders {

  /** The document type of an order's thread (chatter) and of {@link DocumentRef}s to it. */
  public static final String DOCUMENT_TYPE = "sales.order";

  private final SalesOrderRepository orders;
  private final SalesOrderQueries queries;
  private final QuotationEditing quotations;
  private final OrderConfirmation confirmation;
  private final OrderInvoicing invoicing;
  private final SalesOrderViews views;

  SalesOrders(
      SalesOrderRepository orders,
      SalesOrderQueries queries,
      QuotationEditing quotations,
      OrderConfirmation confirmation,
      OrderInvoicing invoicing,
      SalesOrderViews views) {
    this.orders = orders;
    this.queries = queries;
    this.quotations = quotations;
    this.confirmation = confirmation;
    this.invoicing = invoicing;
    this.views = views;
  }

  /** The company currency every order is in. */
  public Currency currency() {
    return quotations.currency();
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Creates a quotation numbered {@code S00001}, {@code S00002}… (gapless: the number is drawn in
   * this transaction) and answers it. 422 for an unknown customer, salesperson or product, or
   * refused line values ({@code lines[i].<field>}).
   */
  public SalesOrderView create(SalesOrderDraft draft) {
    return views.view(quotations.create(draft));
  }

  /**
   * Replaces what a quotation holds: customer, date, salesperson, lines (409 once confirmed or
   * cancelled). With {@code expectedVersion}, a change made meanwhile is refused ({@link
   * OptimisticLockingFailureException}).
   */
  public SalesOrderView updateQuotation(
      long id, SalesOrderDraft draft, @Nullable Long expectedVersion) {
    return views.view(quotations.update(id, draft, expectedVersion));
  }

  /**
   * Confirms a quotation into a sales order and creates its delivery (a ready transfer of the goods
   * lines, origin the order number; none when every line is a service). 409 for a wrong state or a
   * quotation without lines.
   */
  public SalesOrderView confirm(long id) {
    return views.view(confirmation.confirm(id));
  }

  /**
   * Cancels a quotation, or a sales order none of whose deliveries is done and none of whose
   * invoices is posted (409 naming the document otherwise); the order's open deliveries and draft
   * invoices are cancelled with it, in this transaction.
   */
  public SalesOrderView cancel(long id) {
    return views.view(confirmation.cancel(id));
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
    return invoicing.createInvoice(id, invoiceDate);
  }

  // ---- reads ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<SalesOrderView> find(long id) {
    return orders
        .findById(id)
        .filter(o -> queries.reaches(o.id(), o.customerId()))
        .map(views::view);
  }

  /**
   * The customer of an order, whoever asks: for checking a reference to the order (a ticket's sales
   * order must be one of its customer's), never for showing the order.
   */
  @Transactional(readOnly = true)
  public Optional<Long> customerIdOf(long id) {
    return orders.findById(id).map(o -> o.customerId());
  }

  /** The orders of these ids that the caller may read, as list rows, newest first. */
  @Transactional(readOnly = true)
  public List<SalesOrderRow> rowsOf(Collection<Long> ids) {
    return queries.rowsOf(ids);
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
}
