package io.afterdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed (never its secret). */
public record ApiTokenSummary(
    long id,
    String name,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
