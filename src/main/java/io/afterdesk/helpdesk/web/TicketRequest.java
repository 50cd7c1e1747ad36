package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new ticket as the API takes it. */
record TicketRequest(
    @NotBlank @Size(max = TextLimits.SUBJECT) String subject,
    @Size(max = TextLimits.DESCRIPTION) @Nullable String description,
    @NotNull Long teamId,
    @Nullable Long stageId,
    @Nullable Long assigneeId,
    @Nullable Integer priority,
    @Nullable Long customerId,
    @Nullable String email,
    @Nullable Long productId,
    @Nullable Long lotId,
    @Nullable Long salesOrderId,
    @Nullable List<Long> tagIds) {}
