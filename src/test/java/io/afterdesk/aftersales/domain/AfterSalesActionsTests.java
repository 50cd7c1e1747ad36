package io.afterdesk.aftersales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.domain.AfterSalesAction.ResultCodec;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.mail.Threads;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The order of the after-sales frame's steps and where each refusal stops it. */
class AfterSalesActionsTests {

  static final TicketId TICKET = TicketId.of(7);
  static final DocumentRef DOCUMENT = new DocumentRef("invoicing.invoice", 40);
  static final DocumentLink LINK = new DocumentLink("RINV/2026/00001", "/invoicing/invoices/40");
  static final ResultCodec<Long> CODEC = new ResultCodec<>(String::valueOf, Long::valueOf);

  AfterSalesTickets tickets = mock(AfterSalesTickets.class);
  IdempotencyKeys idempotency = mock(IdempotencyKeys.class);
  ReasonCodes reasonCodes = mock(ReasonCodes.class);
  TicketLinks links = mock(TicketLinks.class);
  Threads threads = mock(Threads.class);
  CurrentUser currentUser = mock(CurrentUser.class);
  AfterSalesActions actions =
      new AfterSalesActions(tickets, idempotency, reasonCodes, links, threads, currentUser);
  AtomicInteger stepRuns = new AtomicInteger();

  @BeforeEach
  void aVisibleTicketWithRefundsOn() {
    when(tickets.forService(TICKET, AfterSalesService.REFUNDS)).thenReturn(ticket());
    when(tickets.url(7L)).thenReturn("/helpdesk/tickets/7");
    when(reasonCodes.requireActive("DEFECTIVE", "reasonCode"))
        .thenReturn(new ReasonCodeView(1, "DEFECTIVE", "Defective", null, true));
    when(currentUser.principal()).thenReturn(Optional.empty());
  }

  @Test
  void checksTheTicketClaimsTheKeyChecksTheReasonRunsTheStepLinksNotesAndStoresTheResult() {
    when(idempotency.claim("key-1", 7, "refund", "print")).thenReturn(Optional.empty());

    Long result = actions.run(action("DEFECTIVE", "key-1", makingOneDocument()));

    assertThat(result).isEqualTo(40L);
    InOrder order = inOrder(tickets, idempotency, reasonCodes, links, threads);
    order.verify(tickets).forService(TICKET, AfterSalesService.REFUNDS);
    order.verify(idempotency).claim("key-1", 7, "refund", "print");
    order.verify(reasonCodes).requireActive("DEFECTIVE", "reasonCode");
    order.verify(links).add(7, DocumentKind.CREDIT_NOTE, 40, "DEFECTIVE", null);
    order
        .verify(threads)
        .logKeyed(
            TICKET.ref(), "aftersales.note.refund-created", List.of(), LINK.label(), LINK.url());
    order
        .verify(threads)
        .logKeyed(
            DOCUMENT,
            AfterSalesActions.CREATED_FROM_TICKET,
            List.of(),
            "#00007",
            "/helpdesk/tickets/7");
    order.verify(idempotency).complete("key-1", "40");
    assertThat(stepRuns).hasValue(1);
  }

  @Test
  void aTicketRefusedByVisibilityOrSwitchStopsBeforeAnythingElse() {
    when(tickets.forService(TICKET, AfterSalesService.REFUNDS))
        .thenThrow(new BusinessRuleException("aftersales.refund.switched-off", "Support"));

    assertThatThrownBy(() -> actions.run(action("DEFECTIVE", "key-1", makingOneDocument())))
        .isInstanceOf(BusinessRuleException.class);

    verifyNoInteractions(idempotency, reasonCodes, links, threads);
    assertThat(stepRuns).hasValue(0);
  }

  @Test
  void aRepeatedKeyAnswersTheFirstResultWithoutRunningTheStep() {
    when(idempotency.claim("key-1", 7, "refund", "print")).thenReturn(Optional.of("40"));

    Long result = actions.run(action("DEFECTIVE", "key-1", makingOneDocument()));

    assertThat(result).isEqualTo(40L);
    assertThat(stepRuns).hasValue(0);
    verifyNoInteractions(reasonCodes, links, threads);
    verify(idempotency, never()).complete(anyString(), anyString());
  }

  @Test
  void aMissingReasonCodeIsRefusedBeforeTheStepRuns() {
    when(reasonCodes.requireActive("", "reasonCode"))
        .thenThrow(FieldValidationException.of("reasonCode", "aftersales.reason-code.required"));

    assertThatThrownBy(() -> actions.run(action(null, null, makingOneDocument())))
        .isInstanceOf(FieldValidationException.class);

    assertThat(stepRuns).hasValue(0);
    verifyNoInteractions(links, threads);
  }

  @Test
  void withoutAKeyNothingIsClaimedOrStored() {
    actions.run(action("DEFECTIVE", " ", makingOneDocument()));

    verifyNoInteractions(idempotency);
    verify(links).add(eq(7L), eq(DocumentKind.CREDIT_NOTE), eq(40L), eq("DEFECTIVE"), any());
  }

  private Function<ActionContext, Long> makingOneDocument() {
    return context -> {
      stepRuns.incrementAndGet();
      assertThat(context.reasonCode()).isEqualTo("DEFECTIVE");
      context.made(DocumentKind.CREDIT_NOTE, DOCUMENT, LINK, "aftersales.note.refund-created");
      return DOCUMENT.id();
    };
  }

  private static AfterSalesAction<Long> action(
      String reasonCode, String key, Function<ActionContext, Long> step) {
    return new AfterSalesAction<>(
        AfterSalesService.REFUNDS, TICKET, reasonCode, key, "print", CODEC, step::apply);
  }

  private static TicketView ticket() {
    return new TicketView(
        7,
        0,
        "#00007",
        "Broken toaster",
        null,
        1,
        "Support",
        1,
        "New",
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        Instant.EPOCH,
        null);
  }
}
