package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.TicketFilter;
import io.afterdesk.helpdesk.TicketRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ticket list as a read model: filters, search, sort and paging in SQL. */
@Component
public class TicketQueries {

  private static final String FROM =
      " from helpdesk_ticket t join helpdesk_team tm on tm.id = t.team_id"
          + " join helpdesk_stage s on s.id = t.stage_id";

  private static final Map<String, String> SORTS =
      Map.of(
          "reference", "t.id",
          "subject", "lower(t.subject)",
          "priority", "t.priority",
          "createdAt", "t.created_at",
          "closedAt", "t.closed_at",
          "stage", "s.position",
          "team", "lower(tm.name)",
          "customer", "lower(t.customer_name)");

  private final JdbcClient jdbc;

  TicketQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of tickets.
   *
   * @param teamIds the teams the caller may see, or null for all teams
   * @param customerIds only tickets of these customers, or null for any
   * @param currentUserId the caller, for the "mine" filter
   * @param assigneeNames the names of staff users, by id
   */
  public PageResponse<TicketRow> page(
      TicketFilter filter,
      PageQuery query,
      @Nullable Collection<Long> teamIds,
      @Nullable Collection<Long> customerIds,
      @Nullable Long currentUserId,
      Function<Long, @Nullable String> assigneeNames) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (teamIds != null) {
      if (teamIds.isEmpty()) {
        return new PageResponse<>(List.of(), query.page(), query.size(), 0);
      }
      where.append(" and t.team_id in (:visibleTeams)");
      params.put("visibleTeams", teamIds);
    }
    if (customerIds != null) {
      if (customerIds.isEmpty()) {
        return new PageResponse<>(List.of(), query.page(), query.size(), 0);
      }
      where.append(" and t.customer_id in (:customers)");
      params.put("customers", customerIds);
    }
    condition(where, params, "t.team_id = :team", "team", filter.teamId());
    condition(where, params, "t.stage_id = :stage", "stage", filter.stageId());
    condition(where, params, "t.assignee_id = :assignee", "assignee", filter.assigneeId());
    condition(where, params, "t.customer_id = :customer", "customer", filter.customerId());
    if (filter.mine()) {
      condition(where, params, "t.assignee_id = :me", "me", currentUserId);
      if (currentUserId == null) {
        where.append(" and false");
      }
    }
    if (filter.unassigned()) {
      where.append(" and t.assignee_id is null");
    }
    if (filter.open() != null) {
      where.append(filter.open() ? " and t.closed_at is null" : " and t.closed_at is not null");
    }
    String like = query.likePattern();
    if (like != null) {
      where.append(
          " and (lower(t.reference) like :q or lower(t.subject) like :q"
              + " or lower(coalesce(t.customer_name, '')) like :q"
              + " or lower(coalesce(t.email, '')) like :q)");
      params.put("q", like);
    }
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    String order = query.orderBy(SORTS, "t.id desc");
    List<TicketRow> rows =
        jdbc.sql(
                "select t.*, tm.name as team_name, s.name as stage_name, s.name_vi as stage_name_vi, s.position"
                    + FROM
                    + where
                    + " order by "
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query((rs, row) -> map(rs, assigneeNames))
            .list();
    return new PageResponse<>(rows, query.page(), query.size(), total);
  }

  public @Nullable Long teamOf(long ticketId) {
    return jdbc.sql("select team_id from helpdesk_ticket where id = :id")
        .param("id", ticketId)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  public @Nullable Long customerOf(long ticketId) {
    return jdbc.sql("select customer_id from helpdesk_ticket where id = :id")
        .param("id", ticketId)
        .query((rs, row) -> (Long) rs.getObject(1))
        .optional()
        .orElse(null);
  }

  private static void condition(
      StringBuilder where,
      Map<String, Object> params,
      String sql,
      String name,
      @Nullable Object value) {
    if (value != null) {
      where.append(" and ").append(sql);
      params.put(name, value);
    }
  }

  private static TicketRow map(ResultSet rs, Function<Long, @Nullable String> assigneeNames)
      throws SQLException {
    Long assignee = (Long) rs.getObject("assignee_id");
    return new TicketRow(
        rs.getLong("id"),
        rs.getString("reference"),
        rs.getString("subject"),
        rs.getLong("team_id"),
        rs.getString("team_name"),
        rs.getLong("stage_id"),
        rs.getString("stage_name"),
        rs.getString("stage_name_vi"),
        rs.getInt("position") + 1,
        assignee,
        assignee == null ? null : assigneeNames.apply(assignee),
        rs.getInt("priority"),
        (Long) rs.getObject("customer_id"),
        rs.getString("customer_name"),
        rs.getString("email"),
        rs.getTimestamp("created_at").toInstant(),
        instant(rs.getTimestamp("closed_at")));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
