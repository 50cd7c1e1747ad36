package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.domain.AfterSalesAction;
import io.afterdesk.aftersales.domain.AfterSalesAction.ResultCodec;
import io.afterdesk.aftersales.domain.AfterSalesActions;
import io.afterdesk.aftersales.domain.AfterSalesService;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.helpdesk.TicketView;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund wizard of SPEC §3: its defaults and choices ({@link RefundOptions}) and its two
 * actions ({@link RefundAction}), run through the after-sales frame ({@link AfterSalesActions}:
 * visibility, switch, idempotency, reason code, links and notes). Everything an action makes is
 * written in one transaction; the caps are checked by invoicing under the invoice's row lock.
 */
@Service
@Transactional
public class RefundWizard {

  private static final ResultCodec<RefundResult> CODEC =
      new ResultCodec<>(RefundResult::encode, RefundResult::decode);

  private final AfterSalesTickets tickets;
  private final AfterSalesActions actions;
  private final RefundOptions options;
  private final RefundAction action;

  RefundWizard(
      AfterSalesTickets tickets,
      AfterSalesActions actions,
      RefundOptions options,
      RefundAction action) {
    this.tickets = tickets;
    this.actions = actions;
    this.options = options;
    this.action = action;
  }

  /** The defaults and choices (404 invisible ticket, 409 Refunds switched off). */
  @Transactional(readOnly = true)
  public RefundChoices choices(TicketId ticketId, RefundFilter filter) {
    TicketView ticket = tickets.forService(ticketId, AfterSalesService.REFUNDS);
    return options.choices(ticket, filter, LocalDate.now());
  }

  /**
   * Makes the credit note(s), each crediting exactly what the wizard previewed for the button
   * ({@link RefundPreviews}, for the chosen product filter): REVERSE a draft per invoice,
   * REVERSE_AND_CREATE_INVOICE a posted one plus a new draft invoice copying the credited lines.
   * With {@code idempotencyKey}, a repeat answers the first result and makes nothing.
   */
  public RefundResult refund(
      TicketId ticketId, RefundCommand command, @Nullable String idempotencyKey) {
    return actions.run(
        new AfterSalesAction<>(
            AfterSalesService.REFUNDS,
            ticketId,
            command.reasonCode(),
            idempotencyKey,
            command.fingerprint(),
            CODEC,
            context -> action.execute(context, command)));
  }
}
