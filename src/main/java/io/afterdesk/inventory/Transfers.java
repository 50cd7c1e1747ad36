package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.domain.LocationDirectory;
import io.afterdesk.inventory.domain.ReturnPlanning;
import io.afterdesk.inventory.domain.ReturnQueries;
import io.afterdesk.inventory.domain.Transfer;
import io.afterdesk.inventory.domain.TransferOperations;
import io.afterdesk.inventory.domain.TransferRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "t.id",
          "number", "t.number",
          "scheduledDate", "t.scheduled_date",
          "doneAt", "t.done_at",
          "state", "t.state");

  private final TransferOperations operations;
  private final ReturnPlanning returns;
  private final ReturnQueries returnQueries;
  private final TransferRepository repository;
  private final LocationDirectory locations;
  private final JdbcClient jdbc;
  private final DocumentReach reach;

  Transfers(
      TransferOperations operations,
      ReturnPlanning returns,
      ReturnQueries returnQueries,
      TransferRepository repository,
      LocationDirectory locations,
      JdbcClient jdbc,
      DocumentReach reach) {
    this.operations = operations;
    this.returns = returns;
    this.returnQueries = returnQueries;
    this.repository = repository;
    this.locations = locations;
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /**
   * A ready delivery from WH/Stock to Partners/Customers, numbered {@code WH/OUT/nnnnn}, one move
   * per line (goods only; quantities above zero).
   */
  public TransferView createDelivery(DeliveryRequest request) {
    Transfer.Header header =
        new Transfer.Header(
            TransferKind.DELIVERY,
            request.customerId(),
            request.salesOrderId(),
            request.origin(),
            request.originRef(),
            locations.named(LocationDirectory.STOCK).id(),
            locations.named(LocationDirectory.CUSTOMERS).id(),
            operations.today());
    return view(operations.create(header, operations.plannedMoves(request.lines())));
  }

  /** A ready receipt from Partners/Vendors to WH/Stock, numbered {@code WH/IN/nnnnn}. */
  public TransferView createReceipt(ReceiptRequest request) {
    Transfer.Header header =
        new Transfer.Header(
            TransferKind.RECEIPT,
            request.partnerId(),
            null,
            request.origin(),
            request.originRef(),
            locations.named(LocationDirectory.VENDORS).id(),
            locations.named(LocationDirectory.STOCK).id(),
            operations.today());
    return view(operations.create(header, operations.plannedMoves(request.lines())));
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
    return view(returns.create(request));
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
    return returnQueries.returnedQuantities(salesOrderId);
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
    return new ValidationResult(
        view(outcome.transfer()), outcome.backorder() == null ? null : view(outcome.backorder()));
  }

  /** Cancels a transfer that is not done (409 otherwise); publishes {@link TransferCancelled}. */
  public TransferView cancel(long transferId) {
    return view(operations.cancel(transferId));
  }

  /** The transfer, when it is within the caller's reach (see {@link DocumentReach}). */
  @Transactional(readOnly = true)
  public Optional<TransferView> find(long transferId) {
    return repository
        .findById(transferId)
        .filter(t -> reaches(t.id(), t.customerId()))
        .map(Transfers::view);
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
    repository.findAllById(transferIds).forEach(t -> byId.put(t.id(), view(t)));
    return transferIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** Every transfer (any kind and state) of a sales order, oldest first. */
  @Transactional(readOnly = true)
  public List<TransferView> ofSalesOrder(long salesOrderId) {
    List<Long> ids =
        jdbc.sql("select id from transfer where sales_order_id = :order order by id")
            .param("order", salesOrderId)
            .query(Long.class)
            .list();
    List<TransferView> views = new ArrayList<>();
    repository.findAllById(ids).forEach(t -> views.add(view(t)));
    views.sort(java.util.Comparator.comparingLong(TransferView::id));
    return views;
  }

  /** The products that done deliveries brought to any of these customers (done quantity > 0). */
  @Transactional(readOnly = true)
  public Set<Long> productIdsDeliveredTo(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select distinct m.product_id from stock_move m join transfer t on t.id ="
                    + " m.transfer_id where t.kind = 'DELIVERY' and t.state = 'DONE'"
                    + " and m.done_quantity > 0 and t.customer_id in (:customers)")
            .param("customers", customerIds)
            .query(Long.class)
            .list());
  }

  /** The transfer a move belongs to (e.g. the delivery a return move brings back). */
  @Transactional(readOnly = true)
  public Optional<Long> transferOfMove(long moveId) {
    return jdbc.sql("select transfer_id from stock_move where id = :id")
        .param("id", moveId)
        .query(Long.class)
        .optional();
  }

  /** The transfers that are backorders of this one. */
  @Transactional(readOnly = true)
  public List<TransferRow> backordersOf(long transferId) {
    return jdbc.sql(ROW_SELECT + " where t.backorder_of_id = :id order by t.id")
        .param("id", transferId)
        .query(Transfers::row)
        .list();
  }

  /**
   * Delivered quantity per sales order line of a sales order: done quantities of its done
   * deliveries minus done quantities of done returns of those deliveries' moves. Lines with nothing
   * delivered are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> deliveredQuantities(long salesOrderId) {
    Map<Long, BigDecimal> delivered = new HashMap<>();
    jdbc.sql(
            "select m.sales_order_line_id, sum(case when t.kind = 'DELIVERY' then m.done_quantity"
                + " else -m.done_quantity end)"
                + " from stock_move m join transfer t on t.id = m.transfer_id"
                + " where t.state = 'DONE' and m.sales_order_line_id is not null"
                + " and (t.kind = 'DELIVERY' and t.sales_order_id = :order"
                + "   or t.kind = 'RETURN' and m.return_of_move_id in (select d.id from stock_move d"
                + "     join transfer dt on dt.id = d.transfer_id"
                + "     where dt.kind = 'DELIVERY' and dt.sales_order_id = :order))"
                + " group by m.sales_order_line_id")
        .param("order", salesOrderId)
        .query(
            (rs, row) -> {
              delivered.put(rs.getLong(1), rs.getBigDecimal(2));
              return null;
            })
        .list();
    return delivered;
  }

  /**
   * One page of transfers: search on number and origin (and customers whose ids are given in {@code
   * customerIds}, found by name by the caller), filters of {@link TransferFilter}; sort by id,
   * number, scheduledDate, doneAt, state. Newest first by default.
   */
  @Transactional(readOnly = true)
  public PageResponse<TransferRow> page(
      TransferFilter filter, PageQuery query, List<Long> customerIdsMatchingSearch) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (query.likePattern() != null) {
      where.append(
          " and (lower(t.number) like :q or lower(coalesce(t.origin, '')) like :q"
              + (customerIdsMatchingSearch.isEmpty() ? "" : " or t.customer_id in (:customers)")
              + ")");
      params.put("q", query.likePattern());
      if (!customerIdsMatchingSearch.isEmpty()) {
        params.put("customers", customerIdsMatchingSearch);
      }
    }
    if (filter.kind() != null) {
      where.append(" and t.kind = :kind");
      params.put("kind", filter.kind().name());
    }
    if (filter.state() != null) {
      where.append(" and t.state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.customerId() != null) {
      where.append(" and t.customer_id = :customer");
      params.put("customer", filter.customerId());
    }
    if (filter.salesOrderId() != null) {
      where.append(" and t.sales_order_id = :order");
      params.put("order", filter.salesOrderId());
    }
    reach.current().restrict(where, params, "t.customer_id", "t.id", DOCUMENT_TYPE);
    long total =
        jdbc.sql("select count(*) from transfer t" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<TransferRow> items =
        jdbc.sql(
                ROW_SELECT
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "t.id desc")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(Transfers::row)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  private static final String ROW_SELECT =
      "select t.id, t.number, t.kind, t.state, t.customer_id, t.sales_order_id, t.origin,"
          + " t.source_location_id, t.destination_location_id, t.scheduled_date, t.done_at,"
          + " t.backorder_of_id from transfer t";

  private static TransferRow row(ResultSet rs, int row) throws SQLException {
    Timestamp doneAt = rs.getTimestamp("done_at");
    return new TransferRow(
        rs.getLong("id"),
        rs.getString("number"),
        TransferKind.valueOf(rs.getString("kind")),
        TransferState.valueOf(rs.getString("state")),
        rs.getObject("customer_id", Long.class),
        rs.getObject("sales_order_id", Long.class),
        rs.getString("origin"),
        rs.getLong("source_location_id"),
        rs.getLong("destination_location_id"),
        rs.getDate("scheduled_date").toLocalDate(),
        doneAt == null ? null : doneAt.toInstant(),
        rs.getObject("backorder_of_id", Long.class));
  }

  static TransferView view(Transfer t) {
    return new TransferView(
        t.id(),
        t.version() == null ? 0 : t.version(),
        t.number(),
        t.kind(),
        t.state(),
        t.customerId(),
        t.salesOrderId(),
        t.origin(),
        t.originRef(),
        t.sourceLocationId(),
        t.destinationLocationId(),
        t.scheduledDate(),
        t.doneAt(),
        t.backorderOfId(),
        t.createdAt(),
        t.moves().stream()
            .map(
                m ->
                    new MoveView(
                        m.id(),
                        m.productId(),
                        m.quantity(),
                        m.doneQuantity(),
                        m.salesOrderLineId(),
                        m.returnOfMoveId(),
                        m.lines().stream()
                            .map(l -> new MoveLineView(l.lotId(), l.quantity()))
                            .toList(),
                        m.plannedLotIds()))
            .toList());
  }
}
