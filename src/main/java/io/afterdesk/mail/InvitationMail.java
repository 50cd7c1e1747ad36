package io.afterdesk.mail;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.mail.PortalInvitations.Invitation;
import io.afterdesk.mail.domain.RecipientLanguages;
import io.afterdesk.partner.CustomerDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The emails of portal access: the invitation link, and the notice that the login changed. */
@Component
class InvitationMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final InvitationTokens tokens;
  private final Outbox outbox;
  private final MailTemplates templates;
  private final RecipientLanguages languages;
  private final AfterdeskProperties properties;
  private final Duration validity;
  private final Clock clock;

  InvitationMail(
      InvitationTokens tokens,
      Outbox outbox,
      MailTemplates templates,
      RecipientLanguages languages,
      AfterdeskProperties properties,
      @Value("${afterdesk.mail.invitation-validity:PT72H}") Duration validity,
      Clock clock) {
    this.tokens = tokens;
    this.outbox = outbox;
    this.templates = templates;
    this.languages = languages;
    this.properties = properties;
    this.validity = validity;
    this.clock = clock;
  }

  /**
   * Queues an invitation with a new link (earlier links stop working) in the language the customer
   * reads mail in; refused (409) without an email address or for an archived customer.
   */
  Invitation send(CustomerDetails customer) {
    String email = customer.email();
    if (email == null || email.isBlank()) {
      throw new BusinessRuleException("partner.customer.portal.email-required", customer.name());
    }
    if (!customer.active()) {
      throw new BusinessRuleException("partner.customer.portal.archived", customer.name());
    }
    Instant expiresAt = clock.instant().plus(validity);
    String token = tokens.issue(customer.id(), expiresAt);
    RenderedMail rendered =
        templates.render(
            MailPurpose.PORTAL_INVITATION,
            languages.of(email),
            Map.of(
                "company", properties.company(),
                "recipientName", customer.name(),
                "link", properties.baseAddress() + "/my/invitation/" + token,
                "expiresAt", WHEN.format(expiresAt)));
    enqueue(MailPurpose.PORTAL_INVITATION, email, customer, rendered);
    return new Invitation(customer.id(), email, expiresAt);
  }

  /** Tells the old address that the portal login moved to the new one. */
  void sendLoginChanged(CustomerDetails customer, String oldEmail, String newEmail, String lang) {
    RenderedMail notice =
        templates.render(
            MailPurpose.PORTAL_LOGIN_CHANGED,
            lang,
            Map.of(
                "company",
                properties.company(),
                "recipientName",
                customer.name(),
                "newEmail",
                newEmail,
                "link",
                properties.baseAddress() + "/my/login"));
    enqueue(MailPurpose.PORTAL_LOGIN_CHANGED, oldEmail, customer, notice);
  }

  private void enqueue(
      MailPurpose purpose, String email, CustomerDetails customer, RenderedMail rendered) {
    DocumentRef document = new DocumentRef(PortalInvitations.CUSTOMER_TYPE, customer.id());
    outbox.enqueue(OutgoingMail.of(purpose, email, customer.name(), rendered, document));
  }
}
