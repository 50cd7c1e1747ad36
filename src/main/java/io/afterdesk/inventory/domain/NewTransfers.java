package io.afterdesk.inventory.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Deliveries and receipts between the warehouse's fixed locations, scheduled for today. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class NewTransfers {

  private final TransferOperations operations;
  private final LocationDirectory locations;
  private final Clock clock;

  NewTransfers(TransferOperations operations, LocationDirectory locations, Clock clock) {
    this.operations = operations;
    this.locations = locations;
    this.clock = clock;
  }

  /** A ready delivery from WH/Stock to Partners/Customers. */
  public Transfer delivery(DeliveryRequest request) {
    return create(
        TransferKind.DELIVERY,
        request.customerId(),
        request.salesOrderId(),
        request.origin(),
        request.originRef(),
        LocationDirectory.STOCK,
        LocationDirectory.CUSTOMERS,
        request.lines());
  }

  /** A ready receipt from Partners/Vendors to WH/Stock. */
  public Transfer receipt(ReceiptRequest request) {
    return create(
        TransferKind.RECEIPT,
        request.partnerId(),
        null,
        request.origin(),
        request.originRef(),
        LocationDirectory.VENDORS,
        LocationDirectory.STOCK,
        request.lines());
  }

  private Transfer create(
      TransferKind kind,
      @Nullable Long partnerId,
      @Nullable Long salesOrderId,
      @Nullable String origin,
      @Nullable DocumentRef originRef,
      String source,
      String destination,
      List<TransferLine> lines) {
    Transfer.Header header =
        new Transfer.Header(
            kind,
            partnerId,
            salesOrderId,
            origin,
            originRef,
            locations.named(source).id(),
            locations.named(destination).id(),
            LocalDate.now(clock));
    return operations.create(header, operations.plannedMoves(lines));
  }
}
