package io.afterdesk.mail.web;

import io.afterdesk.mail.PortalInvitations;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/customers/{id}/portal-access}: emails the customer a portal invitation. */
@RestController
class InvitationApiController {

  record InvitationResponse(long customerId, String email, Instant expiresAt) {}

  private final PortalInvitations invitations;

  InvitationApiController(PortalInvitations invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/api/v1/customers/{id}/portal-access")
  @ResponseStatus(HttpStatus.ACCEPTED)
  InvitationResponse invite(@PathVariable long id) {
    PortalInvitations.Invitation sent = invitations.invite(id);
    return new InvitationResponse(sent.customerId(), sent.email(), sent.expiresAt());
  }
}
