package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.ReaderTexts;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries and receipts between the warehouse's fixed locations, scheduled for today, their lines
 * turned into planned moves.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class NewTransfers {

  private final TransferOperations operations;
  private final LocationDirectory locations;
  private final Products products;
  private final Clock clock;
  private final ReaderTexts texts;

  NewTransfers(
      TransferOperations operations,
      LocationDirectory locations,
      Products products,
      Clock clock,
      ReaderTexts texts) {
    this.operations = operations;
    this.products = products;
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
    return operations.create(header, plannedMoves(lines));
  }

  /** Planned moves of goods lines; services and unknown products are refused. */
  public List<Move> plannedMoves(List<TransferLine> lines) {
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TransferLine line = lines.get(i);
      String field = "lines[" + i + "]";
      ProductSummary product =
          products
              .find(line.productId())
              .orElseThrow(
                  () ->
                      FieldValidationException.of(
                          field + ".productId",
                          "inventory.line.unknown-product",
                          line.productId()));
      if (product.type() != ProductType.GOODS) {
        throw FieldValidationException.of(
            field + ".productId", "inventory.line.goods-only", product.name());
      }
      if (line.quantity() == null || line.quantity().signum() <= 0) {
        throw FieldValidationException.of(field + ".quantity", "inventory.move.quantity-positive");
      }
      moves.add(Move.planned(line.productId(), line.quantity(), line.salesOrderLineId(), null));
    }
    return moves;
  }
}
