package io.afterdesk.mail;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.mail.domain.RecipientLanguages;
import io.afterdesk.partner.CustomerDetails;
import io.afterdesk.partner.CustomerEmailChanged;
import io.afterdesk.partner.Customers;
import io.afterdesk.partner.PortalAccessRules;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
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

  /** A sent invitation: to whom, until when. */
  public record Invitation(long customerId, String email, Instant expiresAt) {}

  /** A valid invitation as its page shows it. */
  public record PendingInvitation(long customerId, String name, String email, Instant expiresAt) {}

  private final InvitationTokens tokens;
  private final InvitationMail mail;
  private final Customers customers;
  private final RecipientLanguages languages;
  private final Threads log;
  private final CurrentUser currentUser;

  PortalInvitations(
      InvitationTokens tokens,
      InvitationMail mail,
      Customers customers,
      RecipientLanguages languages,
      Threads log,
      CurrentUser currentUser) {
    this.tokens = tokens;
    this.mail = mail;
    this.customers = customers;
    this.languages = languages;
    this.log = log;
    this.currentUser = currentUser;
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
    return sendLogged(customer, "mail.portal.log.invited");
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
    return sendLogged(customer, "mail.portal.log.reset");
  }

  /**
   * Takes the portal access away (managers and admins only): the customer's sessions end and unused
   * links stop working.
   */
  public void revoke(long customerId) {
    PortalAccessRules.requireManager();
    CustomerDetails customer = customers.details(customerId);
    if (!customer.portalAccess() && !tokens.hasPending(customerId)) {
      throw new BusinessRuleException("mail.invitation.no-access", customer.name());
    }
    customers.revokePortalAccess(customerId);
    tokens.voidPending(customerId);
    log.logAction(ref(customerId), staffAuthor(), "mail.portal.log.revoked", staffName());
  }

  /**
   * The email of a customer changed: links sent to the old address stop working. When it was the
   * portal login (the access was revoked by partner), the old address is told and the customer is
   * invited again at the new one, in the language they read mail in.
   */
  @EventListener
  void onEmailChanged(CustomerEmailChanged changed) {
    tokens.voidPending(changed.customerId());
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
    mail.sendLoginChanged(customer, changed.oldEmail(), changed.newEmail(), language);
    sendLogged(customer, "mail.portal.log.invited");
  }

  private Invitation sendLogged(CustomerDetails customer, String logKey) {
    Invitation sent = mail.send(customer);
    log.logAction(ref(customer.id()), staffAuthor(), logKey, sent.email(), staffName());
    return sent;
  }

  /** The invitation of this token while it can still be used. */
  @Transactional(readOnly = true)
  public Optional<PendingInvitation> find(String token) {
    return tokens
        .find(token)
        .flatMap(
            pending ->
                customers
                    .findDetails(pending.customerId())
                    .map(
                        c ->
                            new PendingInvitation(
                                c.id(),
                                c.name(),
                                c.email() == null ? "" : c.email(),
                                pending.expiresAt())));
  }

  /**
   * Sets the customer's portal password through the link and uses the link up; refused when the
   * link is unknown, used or expired.
   */
  public long accept(String token, String password, Locale locale) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw FieldValidationException.of("password", "mail.invitation.password-too-short");
    }
    long customerId =
        tokens.use(token).orElseThrow(() -> new BusinessRuleException("mail.invitation.invalid"));
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
}
