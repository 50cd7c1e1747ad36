package io.afterdesk.partner;

import java.time.Instant;

/**
 * The email of a customer changed. When it was the customer's portal login, {@code
 * portalAccessRevoked} is true: the access was revoked and the customer's portal sessions ended.
 */
public record CustomerEmailChanged(
    long customerId,
    String oldEmail,
    String newEmail,
    boolean portalAccessRevoked,
    Instant occurredAt) {}
