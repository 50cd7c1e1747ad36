package io.afterdesk.aftersales.domain;

import io.afterdesk.helpdesk.TicketId;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One after-sales action as {@link AfterSalesActions} runs it: the service and the ticket, the
 * reason code the agent chose, the caller's idempotency key with the request's fingerprint (to tell
 * a replay from another request under the same key), how the result is kept for a replay, and the
 * service's own step — the only part a service writes.
 */
public record AfterSalesAction<R>(
    AfterSalesService service,
    TicketId ticketId,
    @Nullable String reasonCode,
    @Nullable String idempotencyKey,
    String fingerprint,
    ResultCodec<R> codec,
    Step<R> step) {

  /**
   * What the service makes: its documents, each reported with {@link ActionContext#made}, and the
   * result the caller gets.
   */
  @FunctionalInterface
  public interface Step<R> {
    R run(ActionContext context);
  }

  /** How a result is stored with its idempotency key and read back for a replay. */
  public record ResultCodec<R>(Function<R, String> encode, Function<String, R> decode) {}

  boolean keyed() {
    return idempotencyKey != null && !idempotencyKey.isBlank();
  }
}
