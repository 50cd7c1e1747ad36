package io.afterdesk.sales;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quotation as a caller gives it, to create one or to replace what a quotation holds.
 *
 * @param orderDate null = today
 * @param salespersonId a staff user; null = the current user (none outside a request)
 * @param lines replace the quotation's lines
 */
public record SalesOrderDraft(
    long customerId,
    @Nullable LocalDate orderDate,
    @Nullable Long salespersonId,
    List<SalesOrderLineInput> lines) {

  public SalesOrderDraft {
    lines = List.copyOf(lines);
  }

  /** A quotation for a customer with lines only, dated today, by the current user. */
  public static SalesOrderDraft of(long customerId, List<SalesOrderLineInput> lines) {
    return new SalesOrderDraft(customerId, null, null, lines);
  }
}
