package io.afterdesk.helpdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The helpdesk demo data loads without the other modules' demo data (no users, customers or
 * products needed): two teams, thirty tickets across all stages, each with a thread.
 */
class HelpdeskDemoDataIntegrationTests extends IntegrationTest {

  @Autowired HelpdeskDemoData demoData;
  @Autowired JdbcClient jdbc;

  @Test
  void loadsTwoTeamsAndThirtyTicketsAcrossAllStages() {
    demoData.load();

    Long support = teamId("After-Sales Support");
    Long field = teamId("Field Service & Repairs");
    assertThat(support).isNotNull();
    assertThat(field).isNotNull();
    assertThat(
            jdbc.sql("select refunds and returns and coupons from helpdesk_team where id = :id")
                .param("id", support)
                .query(Boolean.class)
                .single())
        .isTrue();
    long tickets =
        jdbc.sql("select count(*) from helpdesk_ticket where team_id in (:a, :b)")
            .param("a", support)
            .param("b", field)
            .query(Long.class)
            .single();
    assertThat(tickets).isEqualTo(30);
    long stagesUsed =
        jdbc.sql("select count(distinct stage_id) from helpdesk_ticket where team_id in (:a, :b)")
            .param("a", support)
            .param("b", field)
            .query(Long.class)
            .single();
    assertThat(stagesUsed).isEqualTo(8);
    long closedWithDate =
        jdbc.sql(
                "select count(*) from helpdesk_ticket t join helpdesk_stage s on s.id = t.stage_id"
                    + " where t.team_id in (:a, :b) and s.closing and t.closed_at is not null")
            .param("a", support)
            .param("b", field)
            .query(Long.class)
            .single();
    assertThat(closedWithDate).isPositive();

    List<Instant[]> dates =
        jdbc.sql("select created_at, closed_at from helpdesk_ticket where team_id in (:a, :b)")
            .param("a", support)
            .param("b", field)
            .query(
                (rs, row) ->
                    new Instant[] {
                      rs.getTimestamp(1).toInstant(),
                      rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()
                    })
            .list();
    Instant now = Instant.now();
    assertThat(dates)
        .as("opened over the six months of the demo orders")
        .anySatisfy(d -> assertThat(d[0]).isBefore(now.minus(Duration.ofDays(170))))
        .anySatisfy(d -> assertThat(d[0]).isAfter(now.minus(Duration.ofDays(30))))
        .allSatisfy(
            d -> {
              assertThat(d[0]).isBefore(now);
              if (d[1] != null) {
                assertThat(d[1]).as("closed after opened, not in the future").isBetween(d[0], now);
              }
            });
  }

  private Long teamId(String name) {
    return jdbc.sql("select id from helpdesk_team where name = :name")
        .param("name", name)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
