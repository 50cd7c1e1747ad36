package io.afterdesk.identity;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.identity.domain.ApiTokenStore;
import io.afterdesk.identity.domain.StaffUserRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff user's API tokens: issued with a secret shown once, listed, revoked. */
@Service
@Transactional
public class ApiTokens {

  private final StaffUserRepository users;
  private final ApiTokenStore tokens;

  ApiTokens(StaffUserRepository users, ApiTokenStore tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  /** Creates an API token for a user; its secret is in the answer and nowhere else. */
  public IssuedApiToken issueToken(long userId, String name) {
    requireUser(userId);
    ApiTokenStore.IssuedToken issued = tokens.issue(userId, name);
    return new IssuedApiToken(issued.id(), name, issued.secret());
  }

  @Transactional(readOnly = true)
  public List<ApiTokenSummary> tokensOf(long userId) {
    requireUser(userId);
    return tokens.tokensOf(userId).stream()
        .map(
            token ->
                new ApiTokenSummary(
                    token.id(),
                    token.name(),
                    token.createdAt(),
                    token.lastUsedAt(),
                    token.revokedAt()))
        .toList();
  }

  /** Revokes a token of the user; revoking it again changes nothing. Unknown tokens are 404. */
  public void revokeToken(long userId, long tokenId) {
    boolean known = tokensOf(userId).stream().anyMatch(token -> token.id() == tokenId);
    if (!known) {
      throw new NotFoundException("API token", tokenId);
    }
    tokens.revoke(userId, tokenId);
  }

  private void requireUser(long userId) {
    if (!users.existsById(userId)) {
      throw new NotFoundException("User", userId);
    }
  }
}
