package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox rows as entries, and the outbox list (search, state filter, sorting). */
@Component
class OutboxRows {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "id",
          "createdAt", "created_at",
          "sentAt", "sent_at",
          "state", "state",
          "recipient", "lower(recipient_email)",
          "subject", "lower(subject)",
          "attempts", "attempts");

  private final JdbcClient jdbc;

  OutboxRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the outbox: search on recipient and subject, optionally one state. */
  PageResponse<OutboxEntry> page(@Nullable OutboxState state, PageQuery query) {
    StringBuilder where = new StringBuilder("where true");
    Map<String, Object> params = new HashMap<>();
    if (state != null) {
      where.append(" and state = :state");
      params.put("state", state.name());
    }
    if (query.likePattern() != null) {
      where.append(
          " and (lower(recipient_email) like :q or lower(coalesce(recipient_name, '')) like :q"
              + " or lower(subject) like :q)");
      params.put("q", query.likePattern());
    }
    long total =
        jdbc.sql("select count(*) from mail_outbox " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<OutboxEntry> items =
        jdbc.sql(
                "select * from mail_outbox "
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "id desc")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(OutboxRows::map)
            .list();
    return new PageResponse<>(new ArrayList<>(items), query.page(), query.size(), total);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static OutboxEntry map(ResultSet rs, int row) throws SQLException {
    String type = rs.getString("document_type");
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getString("message_id"),
        MailPurpose.valueOf(rs.getString("purpose")),
        type == null ? null : new DocumentRef(type, rs.getLong("document_id")),
        rs.getString("recipient_email"),
        rs.getString("recipient_name"),
        rs.getString("subject"),
        rs.getString("body_html"),
        rs.getString("body_text"),
        rs.getString("in_reply_to"),
        rs.getString("references_ids"),
        OutboxState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        rs.getTimestamp("next_attempt_at").toInstant(),
        instant(rs, "claimed_at"),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        instant(rs, "sent_at"));
  }
}
