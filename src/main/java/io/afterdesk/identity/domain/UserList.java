package io.afterdesk.identity.domain;

import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of staff users: search by login, name or email, filter by role and status, paged. */
@Component
public class UserList {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "login", "u.login",
          "name", "lower(u.name)",
          "email", "lower(u.email)",
          "role", "u.role",
          "active", "u.active",
          "createdAt", "u.created_at");

  private final JdbcClient jdbc;

  UserList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PageResponse<UserSummary> find(
      PageQuery query, @Nullable Role role, @Nullable Boolean active) {
    String where =
        " where (cast(:pattern as text) is null or lower(u.login) like :pattern"
            + " or lower(u.name) like :pattern or lower(coalesce(u.email, '')) like :pattern)"
            + " and (cast(:role as text) is null or u.role = :role)"
            + " and (cast(:active as boolean) is null or u.active = :active)";
    long total =
        bind(jdbc.sql("select count(*) from staff_user u" + where), query, role, active)
            .query(Long.class)
            .single();
    List<UserSummary> items =
        bind(
                jdbc.sql(
                    "select u.id, u.login, u.name, u.email, u.role, u.active,"
                        + " array(select t.team_id from staff_user_team t where t.user_id = u.id"
                        + " order by t.team_id) as team_ids from staff_user u"
                        + where
                        + " order by "
                        + query.orderBy(SORTABLE, "u.login asc")
                        + " limit :limit offset :offset"),
                query,
                role,
                active)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query((rs, row) -> summary(rs))
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql,
      PageQuery query,
      @Nullable Role role,
      @Nullable Boolean active) {
    return sql.param("pattern", query.likePattern())
        .param("role", role == null ? null : role.name())
        .param("active", active);
  }

  private static UserSummary summary(ResultSet rs) throws SQLException {
    return new UserSummary(
        rs.getLong("id"),
        rs.getString("login"),
        rs.getString("name"),
        rs.getString("email"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("active"),
        teamIds(rs.getArray("team_ids")));
  }

  private static Set<Long> teamIds(@Nullable Array array) throws SQLException {
    if (array == null) {
      return Set.of();
    }
    Long[] ids = (Long[]) array.getArray();
    return new LinkedHashSet<>(Arrays.asList(ids));
  }
}
