package io.afterdesk.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens: random secrets shown once at creation; only their SHA-256 is stored, so a stolen
 * database does not give working tokens.
 */
@Component
public class ApiTokenStore {

  /** A token as listed to an admin (never its secret). */
  public record ApiTokenInfo(
      long id,
      long userId,
      String name,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {}

  /** A token just created: the only moment its secret is known. */
  public record IssuedToken(long id, String secret) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;

  ApiTokenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public IssuedToken issue(long userId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = "adk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id =
        jdbc.sql(
                "insert into api_token (user_id, name, token_hash, created_at)"
                    + " values (:user, :name, :hash, now()) returning id")
            .param("user", userId)
            .param("name", name)
            .param("hash", hash(secret))
            .query(Long.class)
            .single();
    return new IssuedToken(id, secret);
  }

  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                "update api_token set revoked_at = now()"
                    + " where id = :id and user_id = :user and revoked_at is null")
            .param("id", tokenId)
            .param("user", userId)
            .update()
        == 1;
  }

  public List<ApiTokenInfo> tokensOf(long userId) {
    return jdbc.sql(
            "select id, user_id, name, created_at, last_used_at, revoked_at from api_token"
                + " where user_id = :user order by created_at desc")
        .param("user", userId)
        .query(
            (rs, row) ->
                new ApiTokenInfo(
                    rs.getLong("id"),
                    rs.getLong("user_id"),
                    rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("last_used_at") == null
                        ? null
                        : rs.getTimestamp("last_used_at").toInstant(),
                    rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant()))
        .list();
  }

  public Optional<Long> userIdOfActiveToken(String secret) {
    return jdbc.sql(
            "update api_token set last_used_at = now()"
                + " where token_hash = :hash and revoked_at is null returning user_id")
        .param("hash", hash(secret))
        .query(Long.class)
        .optional();
  }

  private static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
