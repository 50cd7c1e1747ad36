package io.afterdesk.common.idempotency;

import org.jspecify.annotations.Nullable;

/** The stored first answer to a request with an idempotency key (empty while it still runs). */
record IdempotencyRecord(
    String fingerprint,
    @Nullable Integer responseStatus,
    @Nullable String contentType,
    @Nullable String location,
    byte @Nullable [] responseBody) {

  boolean isComplete() {
    return responseStatus != null;
  }
}
