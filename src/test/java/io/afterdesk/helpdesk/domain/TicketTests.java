package io.afterdesk.helpdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.Money;
import io.afterdesk.partner.CustomerSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TicketTests {

  private final AtomicLong ids = new AtomicLong(1000);
  private final Team team = savedTeam(1);
  private final Team otherTeam = savedTeam(2);
  private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void aNewTicketStartsAtTheTeamsFirstStageAndOpen() {
    Ticket ticket = open();

    assertThat(ticket.stageId()).isEqualTo(team.firstStage().stageId());
    assertThat(ticket.closedAt()).isNull();
    assertThat(ticket.priority()).isZero();
  }

  @Test
  void theStageMustBelongToTheTicketsTeam() {
    Ticket ticket = open();
    long foreign = otherTeam.firstStage().stageId();

    assertThatThrownBy(() -> ticket.moveToStage(team, foreign, now))
        .isInstanceOf(FieldValidationException.class)
        .satisfies(
            e ->
                assertThat(((FieldValidationException) e).errors().get(0).field())
                    .isEqualTo("stageId"));
    assertThatThrownBy(() -> Ticket.open("#2", "Subject", null, team, foreign, null, now))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  void enteringAClosingStageSetsClosedAtAndLeavingItClearsIt() {
    Ticket ticket = open();
    long solved = stageNamed("Solved");
    long cancelled = stageNamed("Cancelled");

    ticket.moveToStage(team, solved, now);
    assertThat(ticket.closedAt()).isEqualTo(now);

    ticket.moveToStage(team, cancelled, now.plusSeconds(60));
    assertThat(ticket.closedAt()).as("still closed since the first close").isEqualTo(now);

    ticket.moveToStage(team, stageNamed("In Progress"), now.plusSeconds(120));
    assertThat(ticket.closedAt()).isNull();
    assertThat(ticket.closed()).isFalse();
  }

  @Test
  void thePriorityGoesFromZeroToThree() {
    Ticket ticket = open();
    ticket.changePriority(3);
    assertThat(ticket.priority()).isEqualTo(3);
    ticket.changePriority(0);
    assertThat(ticket.priority()).isZero();

    assertThatThrownBy(() -> ticket.changePriority(4)).isInstanceOf(FieldValidationException.class);
    assertThatThrownBy(() -> ticket.changePriority(-1))
        .isInstanceOf(FieldValidationException.class);
    assertThat(ticket.priority()).isZero();
  }

  @Test
  void aLotIsOnlyForATrackedProductAndOnlyALotOfThatProduct() {
    Ticket ticket = open();
    ProductSummary untracked = product(1, Tracking.NONE);
    ProductSummary serial = product(2, Tracking.SERIAL);
    LotSummary serialOfTwo = new LotSummary(20, 2, "SN-1");
    LotSummary lotOfThree = new LotSummary(30, 3, "LOT-1");

    assertThatThrownBy(() -> ticket.about(untracked, new LotSummary(10, 1, "L")))
        .isInstanceOf(FieldValidationException.class);
    assertThatThrownBy(() -> ticket.about(serial, lotOfThree))
        .isInstanceOf(FieldValidationException.class);
    assertThatThrownBy(() -> ticket.about(null, serialOfTwo))
        .isInstanceOf(FieldValidationException.class);
    assertThat(ticket.productId()).isNull();

    ticket.about(serial, serialOfTwo);
    assertThat(ticket.productId()).isEqualTo(2);
    assertThat(ticket.lotId()).isEqualTo(20);

    ticket.about(untracked, null);
    assertThat(ticket.lotId()).isNull();
  }

  @Test
  void theEmailDefaultsFromTheCustomer() {
    Ticket ticket = open();
    CustomerSummary customer =
        new CustomerSummary(5, "Ann", false, 4L, "Acme", 4, "ann@acme.test", null);

    ticket.concern(customer, " ");
    assertThat(ticket.email()).isEqualTo("ann@acme.test");
    assertThat(ticket.customerName()).isEqualTo("Acme, Ann");

    ticket.concern(customer, "other@acme.test");
    assertThat(ticket.email()).isEqualTo("other@acme.test");
  }

  @Test
  void aTicketNeedsASubject() {
    assertThatThrownBy(() -> Ticket.open("#1", " ", null, team, null, null, now))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  void transferringToAnotherTeamStartsAtItsFirstStage() {
    Ticket ticket = open();
    ticket.moveToStage(team, stageNamed("Solved"), now);

    ticket.transferTo(otherTeam, null, now);

    assertThat(ticket.teamId()).isEqualTo(2);
    assertThat(ticket.stageId()).isEqualTo(otherTeam.firstStage().stageId());
    assertThat(ticket.closedAt()).isNull();
  }

  private Ticket open() {
    return Ticket.open("#00001", "Subject", "Description", team, null, null, now);
  }

  private long stageNamed(String name) {
    return team.stages().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .stageId();
  }

  private Team savedTeam(long id) {
    Team fresh = Team.create("Team " + id, ids::incrementAndGet, java.time.Instant.EPOCH);
    return new Team(
        id,
        1L,
        fresh.name(),
        false,
        false,
        false,
        false,
        false,
        null,
        fresh.createdAt(),
        fresh.stages());
  }

  private static ProductSummary product(long id, Tracking tracking) {
    Money price = Money.of("10.00", "USD");
    return new ProductSummary(
        id, "P" + id, null, ProductType.GOODS, tracking, price, price, BigDecimal.TEN, true, true);
  }
}
