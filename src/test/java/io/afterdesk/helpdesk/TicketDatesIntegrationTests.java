package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.SettableClock;
import io.afterdesk.support.SettableClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** A ticket's open and close dates come from the application clock, so a test sets the date. */
@Import(SettableClockConfiguration.class)
class TicketDatesIntegrationTests extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Tickets tickets;
  @Autowired SettableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aTicketIsOpenedAndClosedAtTheClocksTime() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    TeamView team = fixtures.team("Dates");
    clock.setDate(LocalDate.of(2026, 3, 2));
    TicketView opened =
        tickets.create(
            new TicketDraft(
                "Dated", null, team.id(), null, null, 0, null, null, null, null, null, List.of()));
    assertThat(opened.createdAt()).isEqualTo(clock.instant());

    clock.advance(Duration.ofDays(3));
    long solved = team.stages().stream().filter(StageView::closing).findFirst().orElseThrow().id();
    TicketView closed = tickets.moveToStage(opened.id(), solved);

    assertThat(closed.closedAt()).isEqualTo(clock.instant());
    assertThat(Duration.between(closed.createdAt(), closed.closedAt()))
        .isEqualTo(Duration.ofDays(3));
  }
}
