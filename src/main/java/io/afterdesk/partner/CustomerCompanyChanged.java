package io.afterdesk.partner;

import java.time.Instant;

/**
 * A portal customer was moved to another commercial entity (a manager or admin did it). Their
 * portal sessions ended, since a session shows the tickets and documents of the entity it was
 * opened for; each entity is the company, or the customer itself when it has none.
 */
public record CustomerCompanyChanged(
    long customerId, long oldCommercialEntityId, long newCommercialEntityId, Instant occurredAt) {}
