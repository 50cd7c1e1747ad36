package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.domain.DeliveryQueries;
import io.afterdesk.inventory.domain.NewTransfers;
import io.afterdesk.inventory.domain.ReturnPlanning;
import io.afterdesk.inventory.domain.ReturnQueries;
import io.afterdesk.inventory.domain.Transfer;
import io.afterdesk.inventory.domain.TransferListing;
import io.afterdesk.inventory.domain.TransferOperations;
import io.afterdesk.inventory.domain.TransferRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door into transfers for other modules and the pages: create deliveries, receipts and returns,
 * validate them (all or part, with lots/serials), cancel them, and read them. Sales creates a
 * delivery per confirmed order and reads {@link #deliveredQuantities}; after-sales creates returns
 * with {@link #createReturn}. Events {@link TransferDone} and {@link TransferCancelled} are
 * published in the same transaction as the change. Who may call (admins and managers change) is
 * checked by the callers.
 */
@Service
@Transactional
public class Transfers {

  /** The document type of a transfer's thread (chatter) and of {@link DocumentRef}s to it. */
  public static final String DOCUMENT_TYPE = "inventory.transfer";

  private final NewTransfers creation;
  private final TransferOperations operations;
  private final ReturnPlanning returns;
  private final ReturnQueries returnQueries;
  private final TransferRepository repository;
  private final TransferListing listing;
  private final DeliveryQueries deliveries;
  private final DocumentReach reach;

  Transfers(
      NewTransfers creation,
      TransferOperations operations,
      ReturnPlanning returns,
      ReturnQueries returnQueries,
      TransferRepository repository,
      TransferListing listing,
      DeliveryQueries deliveries,
      DocumentReach reach) {
    this.creation = creation;
    this.operations = operations;
    this.returns = returns;
    this.returnQueries = returnQueries;
    this.repository = repository;
    this.listing = listing;
    this.deliveries = deliveries;
    this.reach = reach;
  }

  /**
   * A ready delivery from WH/Stock to Partners/Customers, numbered {@code WH/OUT/nnnnn}, one move
   * per line (goods only; quantities above zero).
   */
  public TransferView createDelivery(DeliveryRequest request) {
    return TransferViews.of(creation.delivery(request));
  }

  /** A ready receipt from Partners/Vendors to WH/Stock, numbered {@code WH/IN/nnnnn}. */
  public TransferView createReceipt(ReceiptRequest request) {
    return TransferViews.of(creation.receipt(request));
  }

  /**
   * A ready return of moves of a done delivery, from Partners/Customers to the given internal
   * location (WH/Stock when null), numbered {@code WH/RET/nnnnn}, each move linked to the delivery
   * move it returns. The delivery row is locked, so concurrent returns never bring back more of a
   * move than was delivered (counting every return of it that is not cancelled). Lots/serials named
   * on a line must have been shipped by that delivery move and (serials) not be coming back already
   * in another return; a serial product names as many serials as units (409 otherwise). They become
   * the move's planned lots. Validating the return requires, for tracked products, lots/serials
   * that the delivery move shipped, and only planned ones when lots were planned.
   */
  public TransferView createReturn(ReturnRequest request) {
    return TransferViews.of(returns.create(request));
  }

  /**
   * What can still be returned of each move of a done delivery: its done quantity minus what every
   * return of it that is not cancelled takes (done returns count what was done, others what is
   * planned).
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> returnableQuantities(long deliveryId) {
    return returns.returnableQuantities(deliveryId);
  }

  /**
   * Done quantities of done returns per sales order line of the order (lines without are absent).
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> returnedQuantities(long salesOrderId) {
    return returnedQuantities(List.of(salesOrderId)).getOrDefault(salesOrderId, Map.of());
  }

  /** {@link #returnedQuantities(long)} of several orders at once, by order (none: absent). */
  @Transactional(readOnly = true)
  public Map<Long, Map<Long, BigDecimal>> returnedQuantities(Collection<Long> salesOrderIds) {
    return returnQueries.returnedQuantities(salesOrderIds);
  }

  /**
   * Of these sales orders, those whose done deliveries shipped the lot/serial (on a move of the
   * product, when given).
   */
  @Transactional(readOnly = true)
  public Set<Long> ordersThatShippedLot(
      Collection<Long> salesOrderIds, @Nullable Long productId, long lotId) {
    return returnQueries.ordersThatShippedLot(salesOrderIds, productId, lotId);
  }

  /** The lots/serials a delivery move shipped that no done or open return has taken yet. */
  @Transactional(readOnly = true)
  public List<Long> returnableLots(long moveId) {
    return returnableLots(List.of(moveId)).getOrDefault(moveId, List.of());
  }

  /** {@link #returnableLots(long)} of several delivery moves at once, by move. */
  @Transactional(readOnly = true)
  public Map<Long, List<Long>> returnableLots(Collection<Long> moveIds) {
    return returnQueries.returnableLots(moveIds);
  }

  /** Done deliveries to these customers within reach, latest first; with a product, shipping it. */
  @Transactional(readOnly = true)
  public List<DoneDelivery> doneDeliveriesTo(
      Collection<Long> customerIds, @Nullable Long productId) {
    return returnQueries.doneDeliveriesTo(customerIds, productId);
  }

  /**
   * Validates a ready transfer. {@code moves} says what was done of each move (a move left out is
   * done at zero); an empty list means everything as planned (with the planned lots/serials of a
   * move that has them), which is only possible when every tracked product has planned lots and no
   * product is tracked. What is left of a partial validation goes to a new ready backorder. Refused
   * (409): a transfer not ready; more than planned; missing lots/serials ("Lots/serial numbers are
   * required for …"); a serial not in stock at the source (e.g. shipped already); stock of a lot
   * going below zero. Publishes {@link TransferDone}. The transfer row is locked, so validating the
   * same transfer twice at once ships it once.
   */
  public ValidationResult validate(long transferId, List<MoveDone> moves) {
    TransferOperations.ValidationOutcome outcome = operations.validate(transferId, moves);
    Transfer backorder = outcome.backorder();
    return new ValidationResult(
        TransferViews.of(outcome.transfer()),
        backorder == null ? null : TransferViews.of(backorder));
  }

  /** Cancels a transfer that is not done (409 otherwise); publishes {@link TransferCancelled}. */
  public TransferView cancel(long transferId) {
    return TransferViews.of(operations.cancel(transferId));
  }

  /** The transfer, when it is within the caller's reach (see {@link DocumentReach}). */
  @Transactional(readOnly = true)
  public Optional<TransferView> find(long transferId) {
    return repository
        .findById(transferId)
        .filter(t -> reaches(t.id(), t.customerId()))
        .map(TransferViews::of);
  }

  /** Whether the caller may read this transfer of this customer (none: internal, agents do not). */
  @Transactional(readOnly = true)
  public boolean reaches(long transferId, @Nullable Long customerId) {
    return reach.current().sees(DOCUMENT_TYPE, transferId, customerId);
  }

  /** The transfer, or 404 (also when it is not within the caller's reach). */
  @Transactional(readOnly = true)
  public TransferView get(long transferId) {
    return find(transferId).orElseThrow(() -> new NotFoundException("Transfer", transferId));
  }

  /** The transfers of these ids (unknown ids are left out), in the order of the ids. */
  @Transactional(readOnly = true)
  public List<TransferView> findAll(List<Long> transferIds) {
    Map<Long, TransferView> byId = new HashMap<>();
    repository.findAllById(transferIds).forEach(t -> byId.put(t.id(), TransferViews.of(t)));
    return transferIds.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Every transfer (any kind and state) of a sales order, oldest first. */
  @Transactional(readOnly = true)
  public List<TransferView> ofSalesOrder(long salesOrderId) {
    List<TransferView> views = findAll(deliveries.transferIdsOfSalesOrder(salesOrderId));
    return views.stream().sorted(Comparator.comparingLong(TransferView::id)).toList();
  }

  /** The products that done deliveries brought to any of these customers (done quantity > 0). */
  @Transactional(readOnly = true)
  public Set<Long> productIdsDeliveredTo(Collection<Long> customerIds) {
    return deliveries.productIdsDeliveredTo(customerIds);
  }

  /** The transfer a move belongs to (e.g. the delivery a return move brings back). */
  @Transactional(readOnly = true)
  public Optional<Long> transferOfMove(long moveId) {
    return deliveries.transferOfMove(moveId);
  }

  /** The transfers that are backorders of this one. */
  @Transactional(readOnly = true)
  public List<TransferRow> backordersOf(long transferId) {
    return listing.backordersOf(transferId);
  }

  /**
   * Delivered quantity per sales order line of a sales order: done quantities of its done
   * deliveries minus done quantities of done returns of those deliveries' moves. Lines with nothing
   * delivered are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> deliveredQuantities(long salesOrderId) {
    return deliveries.deliveredQuantities(salesOrderId);
  }

  /**
   * One page of transfers: search on number and origin (and customers whose ids are given in {@code
   * customerIds}, found by name by the caller), filters of {@link TransferFilter}; sort by id,
   * number, scheduledDate, doneAt, state. Newest first by default.
   */
  @Transactional(readOnly = true)
  public PageResponse<TransferRow> page(
      TransferFilter filter, PageQuery query, List<Long> customerIdsMatchingSearch) {
    return listing.page(filter, query, customerIdsMatchingSearch);
  }
}
