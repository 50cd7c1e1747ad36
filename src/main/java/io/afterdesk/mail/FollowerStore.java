package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The followers of threads in their table; one row per person and document. */
@Component
class FollowerStore {

  private final JdbcClient jdbc;

  FollowerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Follower> of(DocumentRef document) {
    return jdbc.sql(
            "select * from mail_follower where document_type = :type and document_id = :id"
                + " order by name, id")
        .param("type", document.type())
        .param("id", document.id())
        .query(FollowerStore::map)
        .list();
  }

  /** Adds the customer or user (one of them is set) unless they already follow; answers the row. */
  Follower follow(
      DocumentRef document,
      @Nullable Long customerId,
      @Nullable Long userId,
      String name,
      @Nullable String email) {
    jdbc.sql(
            "insert into mail_follower (document_type, document_id, customer_id, user_id, name,"
                + " email) values (:type, :doc, :customer, :user, :name, :email)"
                + " on conflict do nothing")
        .param("type", document.type())
        .param("doc", document.id())
        .param("customer", customerId)
        .param("user", userId)
        .param("name", name)
        .param("email", email)
        .update();
    return jdbc.sql(
            "select * from mail_follower where document_type = :type and document_id = :doc"
                + " and customer_id is not distinct from :customer"
                + " and user_id is not distinct from :user")
        .param("type", document.type())
        .param("doc", document.id())
        .param("customer", customerId)
        .param("user", userId)
        .query(FollowerStore::map)
        .single();
  }

  boolean remove(DocumentRef document, long followerId) {
    return jdbc.sql(
                "delete from mail_follower where id = :id and document_type = :type"
                    + " and document_id = :doc")
            .param("id", followerId)
            .param("type", document.type())
            .param("doc", document.id())
            .update()
        == 1;
  }

  private static Follower map(ResultSet rs, int row) throws SQLException {
    return new Follower(
        rs.getLong("id"),
        new DocumentRef(rs.getString("document_type"), rs.getLong("document_id")),
        (Long) rs.getObject("customer_id"),
        (Long) rs.getObject("user_id"),
        rs.getString("name"),
        rs.getString("email"));
  }
}
