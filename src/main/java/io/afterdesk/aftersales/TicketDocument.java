package io.afterdesk.aftersales;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A document made from a ticket, with the reason code it was made for. */
public record TicketDocument(
    long ticketId,
    DocumentKind kind,
    long documentId,
    String reasonCode,
    @Nullable Long createdBy,
    Instant createdAt) {}
