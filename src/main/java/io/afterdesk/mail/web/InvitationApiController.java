package io.afterdesk.mail.web;

import io.afterdesk.mail.PortalInvitations;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/customers/{id}/portal-access}: emails the customer a portal invitation, or
 * with {@code {"resetPassword": true}} a link to choose a new password when the customer already
 * has access (without it, that is refused with 409); {@code DELETE} revokes the access. Managers
 * and admins only (403 for agents).
 */
@RestController
class InvitationApiController {

  record InvitationRequest(@Nullable Boolean resetPassword) {}

  record InvitationResponse(long customerId, String email, Instant expiresAt) {}

  private final PortalInvitations invitations;

  InvitationApiController(PortalInvitations invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/api/v1/customers/{id}/portal-access")
  @ResponseStatus(HttpStatus.ACCEPTED)
  InvitationResponse invite(
      @PathVariable long id, @RequestBody(required = false) @Nullable InvitationRequest request) {
    boolean reset = request != null && Boolean.TRUE.equals(request.resetPassword());
    PortalInvitations.Invitation sent =
        reset ? invitations.resetPassword(id) : invitations.invite(id);
    return new InvitationResponse(sent.customerId(), sent.email(), sent.expiresAt());
  }

  @DeleteMapping("/api/v1/customers/{id}/portal-access")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    invitations.revoke(id);
  }
}
