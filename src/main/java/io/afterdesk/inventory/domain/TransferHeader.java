package io.afterdesk.inventory.domain;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.inventory.TransferKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The header of a new transfer: who, what for, from where to where. {@code origin} is the text
 * stored; when the application wrote it as {@code originText}, its English text.
 */
public record TransferHeader(
    TransferKind kind,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable String origin,
    @Nullable DocumentRef originRef,
    long sourceLocationId,
    long destinationLocationId,
    LocalDate scheduledDate,
    @Nullable LocalizedText originText) {}
