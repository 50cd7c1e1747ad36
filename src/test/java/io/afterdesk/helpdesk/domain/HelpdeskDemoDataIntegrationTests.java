package io.afterdesk.helpdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
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
  }

  private Long teamId(String name) {
    return jdbc.sql("select id from helpdesk_team where name = :name")
        .param("name", name)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
