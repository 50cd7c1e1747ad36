package io.afterdesk.inventory.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.ReaderTexts;
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
  private final ReaderTexts texts;

  NewTransfers(
      TransferOperations operations, LocationDirectory locations, Clock clock, ReaderTexts texts) {
    this.operations = operations;
    this.locations = locations;
    this.clock = clock;
    this.texts = texts;
  }

  /** A ready delivery from WH/Stock to Partners/Customers. */
  public Transfer delivery(DeliveryRequest request) {
    return create(
        TransferKind.DELIVERY,
        request.customerId(),
        request.salesOrderId(),
        request.origin(),
        request.originText(),
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
        null,
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
      @Nullable LocalizedText originText,
      @Nullable DocumentRef originRef,
      String source,
      String destination,
      List<TransferLine> lines) {
    TransferHeader header =
        new TransferHeader(
            kind,
            partnerId,
            salesOrderId,
            texts.stored(origin, originText),
            originRef,
            locations.named(source).id(),
            locations.named(destination).id(),
            LocalDate.now(clock),
            originText);
    return operations.create(header, operations.plannedMoves(lines));
  }
}
