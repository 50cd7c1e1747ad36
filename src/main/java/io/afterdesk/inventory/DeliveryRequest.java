package io.afterdesk.inventory;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery to make from WH/Stock to Partners/Customers. {@code salesOrderId} is opaque to
 * inventory (it is stored and echoed, e.g. for {@link Transfers#deliveredQuantities}); {@code
 * origin} is the text shown (e.g. {@code S00012}), unless {@code originText} is given (shown in the
 * reader's language, see {@link TransferOriginTexts}); {@code originRef} is the document it came
 * from.
 */
public record DeliveryRequest(
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    List<TransferLine> lines,
    @Nullable LocalizedText originText) {

  /** A delivery whose origin is plain text. */
  public DeliveryRequest(
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable String origin,
      @Nullable DocumentRef originRef,
      List<TransferLine> lines) {
    this(customerId, salesOrderId, origin, originRef, lines, null);
  }
}
