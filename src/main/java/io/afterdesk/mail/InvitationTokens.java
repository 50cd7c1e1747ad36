package io.afterdesk.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens of portal invitations. Only the SHA-256 of a token is stored, so a leaked
 * table opens no account; a customer has at most one usable token at a time.
 */
@Component
class InvitationTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A customer's usable token, as found by its hash. */
  record Pending(long customerId, Instant expiresAt) {}

  private final JdbcClient jdbc;

  InvitationTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new random token for the customer, usable until {@code expiresAt}; earlier ones stop. */
  String issue(long customerId, Instant expiresAt) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    voidPending(customerId);
    jdbc.sql(
            "insert into mail_portal_invitation (customer_id, token_hash, expires_at, created_at)"
                + " values (:customer, :hash, :expires, clock_timestamp())")
        .param("customer", customerId)
        .param("hash", hash(token))
        .param("expires", Timestamp.from(expiresAt))
        .update();
    return token;
  }

  void voidPending(long customerId) {
    jdbc.sql(
            "update mail_portal_invitation set used_at = clock_timestamp()"
                + " where customer_id = :customer and used_at is null")
        .param("customer", customerId)
        .update();
  }

  boolean hasPending(long customerId) {
    return jdbc.sql(
            "select count(*) > 0 from mail_portal_invitation where customer_id = :customer"
                + " and used_at is null and expires_at > clock_timestamp()")
        .param("customer", customerId)
        .query(Boolean.class)
        .single();
  }

  Optional<Pending> find(String token) {
    return jdbc.sql(
            "select customer_id, expires_at from mail_portal_invitation where token_hash = :hash"
                + " and used_at is null and expires_at > clock_timestamp()")
        .param("hash", hash(token))
        .query(
            (rs, row) ->
                new Pending(rs.getLong("customer_id"), rs.getTimestamp("expires_at").toInstant()))
        .optional();
  }

  /** Uses the token up and answers its customer; empty when it is unknown, used or expired. */
  Optional<Long> use(String token) {
    return jdbc.sql(
            "update mail_portal_invitation set used_at = clock_timestamp()"
                + " where token_hash = :hash and used_at is null"
                + " and expires_at > clock_timestamp() returning customer_id")
        .param("hash", hash(token))
        .query(Long.class)
        .optional();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
