package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.TicketView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The ticket form of the pages (new and edit). */
record TicketForm(
    @NotBlank @Size(max = TextLimits.SUBJECT) String subject,
    @Size(max = TextLimits.DESCRIPTION) @Nullable String description,
    @NotNull Long teamId,
    @Nullable Long stageId,
    @Nullable Long assigneeId,
    @Nullable @Min(0) @Max(3) Integer priority,
    @Nullable Long customerId,
    @Email @Size(max = TextLimits.EMAIL) @Nullable String email,
    @Nullable Long productId,
    @Nullable Long lotId,
    @Nullable Long salesOrderId,
    @Nullable List<Long> tagIds,
    @Nullable Long version) {

  static TicketForm empty(@Nullable Long teamId) {
    return new TicketForm(
        "", "", teamId, null, null, 0, null, "", null, null, null, List.of(), null);
  }

  /** A form holding only what the product, lot and sales order fields are drawn from. */
  static TicketForm choices(
      @Nullable Long customerId,
      @Nullable Long productId,
      @Nullable Long lotId,
      @Nullable Long salesOrderId) {
    return new TicketForm(
        "",
        "",
        null,
        null,
        null,
        0,
        customerId,
        "",
        productId,
        lotId,
        salesOrderId,
        List.of(),
        null);
  }

  static TicketForm of(TicketView ticket) {
    return new TicketForm(
        ticket.subject(),
        ticket.description(),
        ticket.teamId(),
        ticket.stageId(),
        ticket.assigneeId(),
        ticket.priority(),
        ticket.customerId(),
        ticket.email(),
        ticket.productId(),
        ticket.lotId(),
        ticket.salesOrderId(),
        ticket.tagIds(),
        ticket.version());
  }

  TicketDraft toDraft() {
    return new TicketDraft(
        subject,
        description,
        teamId == null ? 0 : teamId,
        stageId,
        assigneeId,
        priority == null ? 0 : priority,
        customerId,
        email,
        productId,
        lotId,
        salesOrderId,
        tagIds == null ? List.of() : tagIds);
  }
}
