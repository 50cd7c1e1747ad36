package io.afterdesk.mail;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.mail.domain.RecipientLanguages;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerEmailChanged;
import io.afterdesk.partner.Customers;
import io.afterdesk.partner.PortalAccessRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal invitations: an email with a one-time link ({@code /my/invitation/{token}}) where the
 * customer sets a password. Only the SHA-256 of the random token is stored; the link expires (72
 * hours by default, {@code afterdesk.mail.invitation-validity}) and works once. Granting, resetting
 * and revoking are for managers and admins; every change is logged on the customer's thread.
 */
@Service
@Transactional
public class PortalInvitations {

  /** The document type invitations are filed under in the outbox. */
  public static final String CUSTOMER_TYPE = "partner.customer";

  private static final int MIN_PASSWORD = 8;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** A sent invitation: to whom, until when. */
  public record Invitation(long customerId, String email, Instant expiresAt) {}

  /** A valid invitation as its page shows it. */
  public record PendingInvitation(long customerId, String name, String email, Instant expiresAt) {}

  private final JdbcClient jdbc;
  private final Customers customers;
  private final Outbox outbox;
  private final MailTemplates templates;
  private final RecipientLanguages languages;
  private final AfterdeskProperties properties;
  private final Threads log;
  private final CurrentUser currentUser;
  private final Duration validity;

  PortalInvitations(
      JdbcClient jdbc,
      Customers customers,
      Outbox outbox,
      MailTemplates templates,
      RecipientLanguages languages,
      AfterdeskProperties properties,
      Threads log,
      CurrentUser currentUser,
      @Value("${afterdesk.mail.invitation-validity:PT72H}") Duration validity) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.outbox = outbox;
    this.templates = templates;
    this.languages = languages;
    this.properties = properties;
    this.log = log;
    this.currentUser = currentUser;
    this.validity = validity;
  }

  /**
   * Queues an invitation email to the customer; earlier unused links stop working. Managers and
   * admins only. A customer who already has portal access is refused (409): giving them a new
   * password is an explicit {@link #resetPassword}, never a silent side effect.
   */
  public Invitation invite(long customerId) {
    PortalAccessRules.requireManager();
    CustomerDetails customer = customers.details(customerId);
    if (customer.portalAccess()) {
      throw new BusinessRuleException(
          "mail.invitation.already-active", customer.name(), customer.email());
    }
    Invitation sent = send(customer);
    log.logAction(
        ref(customerId), staffAuthor(), "mail.portal.log.invited", sent.email(), staffName());
    return sent;
  }

  /**
   * Emails a customer with portal access a one-time link to choose a new password (managers and
   * admins only). The current password keeps working until the link is used; using it ends the
   * customer's other sessions.
   */
  public Invitation resetPassword(long customerId) {
    PortalAccessRules.requireManager();
    CustomerDetails customer = customers.details(customerId);
    if (!customer.portalAccess()) {
      throw new BusinessRuleException("mail.invitation.no-access", customer.name());
    }
    Invitation sent = send(customer);
    log.logAction(
        ref(customerId), staffAuthor(), "mail.portal.log.reset", sent.email(), staffName());
    return sent;
  }

  /**
   * Takes the portal access away (managers and admins only): the customer's sessions end and unused
   * links stop working.
   */
  public void revoke(long customerId) {
    PortalAccessRules.requireManager();
    CustomerDetails customer = customers.details(customerId);
    if (!customer.portalAccess() && !hasPendingInvitation(customerId)) {
      throw new BusinessRuleException("mail.invitation.no-access", customer.name());
    }
    customers.revokePortalAccess(customerId);
    voidPendingInvitations(customerId);
    log.logAction(ref(customerId), staffAuthor(), "mail.portal.log.revoked", staffName());
  }

  /**
   * The email of a customer changed: links sent to the old address stop working. When it was the
   * portal login (the access was revoked by partner), the old address is told and the customer is
   * invited again at the new one, in the language they read mail in.
   */
  @EventListener
  void onEmailChanged(CustomerEmailChanged changed) {
    voidPendingInvitations(changed.customerId());
    if (!changed.portalAccessRevoked()) {
      return;
    }
    CustomerDetails customer = customers.details(changed.customerId());
    String language = languages.of(changed.oldEmail());
    languages.rememberIfUnknown(changed.newEmail(), language);
    log.logAction(
        ref(customer.id()),
        staffAuthor(),
        "mail.portal.log.login-changed",
        changed.oldEmail(),
        changed.newEmail(),
        staffName());
    RenderedMail notice =
        templates.render(
            MailPurpose.PORTAL_LOGIN_CHANGED,
            language,
            Map.of(
                "company", properties.company(),
                "recipientName", customer.name(),
                "newEmail", changed.newEmail(),
                "link", properties.baseAddress() + "/my/login"));
    outbox.enqueue(
        OutgoingMail.of(
            MailPurpose.PORTAL_LOGIN_CHANGED,
            changed.oldEmail(),
            customer.name(),
            notice,
            ref(customer.id())));
    Invitation sent = send(customer);
    log.logAction(
        ref(customer.id()), staffAuthor(), "mail.portal.log.invited", sent.email(), staffName());
  }

  private Invitation send(CustomerDetails customer) {
    long customerId = customer.id();
    if (customer.email() == null || customer.email().isBlank()) {
      throw new BusinessRuleException("partner.customer.portal.email-required", customer.name());
    }
    if (!customer.active()) {
      throw new BusinessRuleException("partner.customer.portal.archived", customer.name());
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant expiresAt = Instant.now().plus(validity);
    voidPendingInvitations(customerId);
    jdbc.sql(
            "insert into mail_portal_invitation (customer_id, token_hash, expires_at, created_at)"
                + " values (:customer, :hash, :expires, clock_timestamp())")
        .param("customer", customerId)
        .param("hash", hash(token))
        .param("expires", java.sql.Timestamp.from(expiresAt))
        .update();
    String email = customer.email();
    RenderedMail rendered =
        templates.render(
            MailPurpose.PORTAL_INVITATION,
            languages.of(email),
            Map.of(
                "company", properties.company(),
                "recipientName", customer.name(),
                "link", properties.baseAddress() + "/my/invitation/" + token,
                "expiresAt", WHEN.format(expiresAt)));
    outbox.enqueue(
        OutgoingMail.of(
            MailPurpose.PORTAL_INVITATION, email, customer.name(), rendered, ref(customerId)));
    return new Invitation(customerId, email, expiresAt);
  }

  private void voidPendingInvitations(long customerId) {
    jdbc.sql(
            "update mail_portal_invitation set used_at = clock_timestamp()"
                + " where customer_id = :customer and used_at is null")
        .param("customer", customerId)
        .update();
  }

  private boolean hasPendingInvitation(long customerId) {
    return jdbc.sql(
            "select count(*) > 0 from mail_portal_invitation where customer_id = :customer"
                + " and used_at is null and expires_at > clock_timestamp()")
        .param("customer", customerId)
        .query(Boolean.class)
        .single();
  }

  private static DocumentRef ref(long customerId) {
    return new DocumentRef(CUSTOMER_TYPE, customerId);
  }

  private Author staffAuthor() {
    return currentUser
        .principal()
        .map(user -> Author.staff(user.userId(), user.name()))
        .orElseGet(Author::system);
  }

  private String staffName() {
    return staffAuthor().name();
  }

  /** The invitation of this token while it can still be used. */
  @Transactional(readOnly = true)
  public Optional<PendingInvitation> find(String token) {
    return jdbc.sql(
            "select customer_id, expires_at from mail_portal_invitation where token_hash = :hash"
                + " and used_at is null and expires_at > clock_timestamp()")
        .param("hash", hash(token))
        .query(
            (rs, row) ->
                new Object[] {rs.getLong("customer_id"), rs.getTimestamp("expires_at").toInstant()})
        .optional()
        .flatMap(
            found ->
                customers
                    .findDetails((Long) found[0])
                    .map(
                        c ->
                            new PendingInvitation(
                                c.id(),
                                c.name(),
                                c.email() == null ? "" : c.email(),
                                (Instant) found[1])));
  }

  /**
   * Sets the customer's portal password through the link and uses the link up; refused when the
   * link is unknown, used or expired.
   */
  public long accept(String token, String password, java.util.Locale locale) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw FieldValidationException.of("password", "mail.invitation.password-too-short");
    }
    Long customerId =
        jdbc.sql(
                "update mail_portal_invitation set used_at = clock_timestamp()"
                    + " where token_hash = :hash and used_at is null"
                    + " and expires_at > clock_timestamp() returning customer_id")
            .param("hash", hash(token))
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new BusinessRuleException("mail.invitation.invalid"));
    customers.grantPortalAccess(customerId, password);
    CustomerDetails customer = customers.details(customerId);
    if (customer.email() != null) {
      languages.remember(customer.email(), locale);
    }
    log.logAction(
        ref(customerId),
        Author.customer(customerId, customer.name()),
        "mail.portal.log.accepted",
        customer.email() == null ? "" : customer.email());
    return customerId;
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
