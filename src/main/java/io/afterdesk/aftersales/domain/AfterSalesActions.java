package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.ActionContext.MadeDocument;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.mail.Threads;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path every after-sales action runs, in one transaction: the ticket must be visible (404)
 * and its team's service switched on (409); the caller's idempotency key is claimed (a repeat
 * answers the first result and makes nothing); the reason code must be active (422); then the
 * service's step runs, and each document it reports is linked to the ticket and noted on both
 * threads; the result is stored with the key and answered.
 */
@Service
@Transactional
public class AfterSalesActions {

  static final String CREATED_FROM_TICKET = "aftersales.note.created-from-ticket";

  private final AfterSalesTickets tickets;
  private final IdempotencyKeys idempotency;
  private final ReasonCodes reasonCodes;
  private final TicketLinks links;
  private final Threads threads;
  private final CurrentUser currentUser;

  AfterSalesActions(
      AfterSalesTickets tickets,
      IdempotencyKeys idempotency,
      ReasonCodes reasonCodes,
      TicketLinks links,
      Threads threads,
      CurrentUser currentUser) {
    this.tickets = tickets;
    this.idempotency = idempotency;
    this.reasonCodes = reasonCodes;
    this.links = links;
    this.threads = threads;
    this.currentUser = currentUser;
  }

  public <R> R run(AfterSalesAction<R> action) {
    TicketView ticket = tickets.forService(action.ticketId(), action.service());
    if (action.keyed()) {
      Optional<String> first =
          idempotency.claim(
              Objects.requireNonNull(action.idempotencyKey()),
              ticket.id(),
              action.service().action(),
              action.fingerprint());
      if (first.isPresent()) {
        return action.codec().decode().apply(first.get());
      }
    }
    String reasonCode =
        reasonCodes.requireActive(Objects.toString(action.reasonCode(), ""), "reasonCode").code();
    R result = action.step().run(new ActionContext(ticket, reasonCode, this::record));
    if (action.keyed()) {
      idempotency.complete(
          Objects.requireNonNull(action.idempotencyKey()), action.codec().encode().apply(result));
    }
    return result;
  }

  /** The link ticket → document, "<document> Refund created" on the ticket, the back-link note. */
  private void record(ActionContext context, MadeDocument made) {
    TicketView ticket = context.ticket();
    Long userId = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    links.add(ticket.id(), made.kind(), made.document().id(), context.reasonCode(), userId);
    threads.logKeyed(
        AfterSalesTickets.ref(ticket.id()),
        made.noteKey(),
        List.of(),
        made.link().label(),
        made.link().url());
    threads.logKeyed(
        made.document(),
        CREATED_FROM_TICKET,
        List.of(),
        ticket.reference(),
        AfterSalesTickets.url(ticket.id()));
  }
}
