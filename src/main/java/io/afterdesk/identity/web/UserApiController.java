package io.afterdesk.identity.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.ApiTokenSummary;
import io.afterdesk.identity.ApiTokens;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.IssuedApiToken;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff users over the API. Everything here is for admins, except {@code GET /users/me}, which
 * tells any staff caller who they are.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

  private final UserManagement users;
  private final ApiTokens tokens;
  private final CurrentUser currentUser;
  private final TransactionTemplate transaction;

  UserApiController(
      UserManagement users,
      ApiTokens tokens,
      CurrentUser currentUser,
      TransactionTemplate transaction) {
    this.users = users;
    this.tokens = tokens;
    this.currentUser = currentUser;
    this.transaction = transaction;
  }

  /**
   * Runs before the request body is read and validated, so a caller who is not an admin gets 403
   * whatever they sent, never a 422 that tells them about the rules.
   */
  @ModelAttribute
  void adminsOnly(HttpServletRequest request) {
    String me = request.getContextPath() + "/api/v1/users/me";
    if (!request.getRequestURI().equals(me) && !currentUser.isAdmin()) {
      throw new AccessDeniedException("Only admins manage users");
    }
  }

  @GetMapping
  PageResponse<UserResponse> list(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Role role,
      @RequestParam(required = false) @Nullable Boolean active) {
    return users.search(PageQuery.of(page, size, sort, q), role, active).map(UserResponse::of);
  }

  @PostMapping
  ResponseEntity<UserResponse> create(@Valid @RequestBody NewUserForm body) {
    UserSummary created = users.create(body.toNewUser());
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
        .body(UserResponse.of(created));
  }

  /** Who the caller is: any staff user may ask. */
  @GetMapping("/me")
  UserResponse me() {
    return UserResponse.of(users.get(currentUser.id()));
  }

  @GetMapping("/{id}")
  UserResponse get(@PathVariable long id) {
    return UserResponse.of(users.get(id));
  }

  @PatchMapping("/{id}")
  UserResponse patch(@PathVariable long id, @Valid @RequestBody UserPatch body) {
    UserSummary updated =
        transaction.execute(
            status -> {
              UserSummary user = users.get(id);
              if (body.login() != null && !body.login().equals(user.login())) {
                throw FieldValidationException.of("login", "identity.user.login-fixed");
              }
              UserSummary changed = users.update(id, body.toChanges());
              if (body.password() != null) {
                users.changePassword(id, body.password());
              }
              return changed;
            });
    return UserResponse.of(updated);
  }

  @GetMapping("/{id}/api-tokens")
  PageResponse<ApiTokenSummary> tokens(@PathVariable long id) {
    List<ApiTokenSummary> all = tokens.tokensOf(id);
    return new PageResponse<>(all, 0, all.size(), all.size());
  }

  @PostMapping("/{id}/api-tokens")
  ResponseEntity<IssuedApiToken> issueToken(
      @PathVariable long id, @Valid @RequestBody TokenForm body) {
    IssuedApiToken token = tokens.issueToken(id, body.name().trim());
    return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/api-tokens/" + token.id()))
        .body(token);
  }

  @DeleteMapping("/{id}/api-tokens/{tokenId}")
  ResponseEntity<Void> revokeToken(@PathVariable long id, @PathVariable long tokenId) {
    tokens.revokeToken(id, tokenId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/api-tokens/{tokenId}/revoke")
  ResponseEntity<Void> revokeTokenByPost(@PathVariable long id, @PathVariable long tokenId) {
    return revokeToken(id, tokenId);
  }
}
