package io.afterdesk.partner.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company, a contact of a company, or an individual. Only a company can be a parent, a company
 * never has one, so the commercial entity (the company of a contact, or the customer itself) is
 * always one step away. Customers are archived, never deleted.
 */
@Table("customer")
public class Customer {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private String name;

  @Column("is_company")
  private boolean company;

  private @Nullable Long parentId;
  private AddressType addressType;
  private @Nullable String email;
  private @Nullable String phone;

  @Embedded.Empty private CustomerAddress address;

  private boolean active;
  private boolean portalActive;
  private @Nullable String portalPasswordHash;
  private Instant createdAt;

  @PersistenceCreator
  Customer(
      @Nullable Long id,
      @Nullable Long version,
      String name,
      boolean company,
      @Nullable Long parentId,
      AddressType addressType,
      @Nullable String email,
      @Nullable String phone,
      CustomerAddress address,
      boolean active,
      boolean portalActive,
      @Nullable String portalPasswordHash,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.company = company;
    this.parentId = parentId;
    this.addressType = addressType;
    this.email = email;
    this.phone = phone;
    this.address = address;
    this.active = active;
    this.portalActive = portalActive;
    this.portalPasswordHash = portalPasswordHash;
    this.createdAt = createdAt;
  }

  /**
   * A new customer. {@code parent} is the company named by {@code input.parentId()} (looked up by
   * the caller), or null.
   */
  public static Customer create(CustomerInput input, @Nullable Customer parent, Instant now) {
    Customer customer =
        new Customer(
            null,
            null,
            "",
            false,
            null,
            AddressType.CONTACT,
            null,
            null,
            CustomerAddress.none(),
            true,
            false,
            null,
            now);
    customer.apply(input, parent, false);
    return customer;
  }

  /**
   * Changes the customer's data. {@code parent} is the company named by {@code input.parentId()};
   * {@code hasContacts} says whether other customers name this one as their company. When the email
   * is the portal login and changes (see {@link #changesPortalLogin}), the portal access is
   * revoked: the customer signs in again only after accepting an invitation sent to the new
   * address.
   *
   * @return whether the portal access was revoked because its login changed
   */
  public boolean change(CustomerInput input, @Nullable Customer parent, boolean hasContacts) {
    boolean loginChanges = changesPortalLogin(input);
    apply(input, parent, hasContacts);
    if (loginChanges) {
      revokePortalAccess();
    }
    return loginChanges;
  }

  /**
   * Whether this input changes the portal login: the customer has portal access and the email
   * differs other than by letter case (logins are compared without case). Removing the email is not
   * a change of login but refused by the validation.
   */
  public boolean changesPortalLogin(CustomerInput input) {
    if (!hasPortalAccess()) {
      return false;
    }
    String newEmail = trimmed(input.email());
    return newEmail != null && !newEmail.equalsIgnoreCase(email);
  }

  private void apply(CustomerInput input, @Nullable Customer parent, boolean hasContacts) {
    List<FieldError> errors = new ArrayList<>();
    String newName = trimmed(input.name());
    if (newName == null) {
      errors.add(new FieldError("name", "partner.customer.name.required"));
    }
    String newEmail = trimmed(input.email());
    if (newEmail != null && !EMAIL.matcher(newEmail).matches()) {
      errors.add(new FieldError("email", "partner.customer.email.invalid", newEmail));
    }
    if (newEmail == null && portalActive) {
      errors.add(new FieldError("email", "partner.customer.email.portal-required"));
    }
    if (input.parentId() != null) {
      if (parent == null || !Objects.equals(parent.id, input.parentId())) {
        errors.add(new FieldError("parentId", "partner.customer.parent.unknown", input.parentId()));
      } else if (input.company()) {
        errors.add(new FieldError("parentId", "partner.customer.parent.company-has-no-parent"));
      } else if (id != null && id.equals(parent.id)) {
        errors.add(new FieldError("parentId", "partner.customer.parent.self"));
      } else if (!parent.company) {
        errors.add(
            new FieldError("parentId", "partner.customer.parent.not-a-company", parent.name));
      }
    }
    if (!input.company() && company && hasContacts) {
      errors.add(new FieldError("company", "partner.customer.company.has-contacts"));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    this.name = Objects.requireNonNull(newName);
    this.company = input.company();
    this.parentId = input.parentId();
    this.addressType =
        input.parentId() == null || input.addressType() == null
            ? AddressType.CONTACT
            : input.addressType();
    this.email = newEmail;
    this.phone = trimmed(input.phone());
    this.address = CustomerAddress.of(input);
  }

  /** The company of a contact, or the customer itself. */
  public long commercialEntityId() {
    return parentId != null ? parentId : id();
  }

  public void archive() {
    this.active = false;
  }

  public void unarchive() {
    this.active = true;
  }

  /**
   * Lets the customer sign in to the portal with the given password hash. The email is the login:
   * it must be set; the caller checks that no other portal customer has it.
   */
  public void grantPortalAccess(String passwordHash) {
    if (email == null) {
      throw new BusinessRuleException("partner.customer.portal.email-required", name);
    }
    if (!active) {
      throw new BusinessRuleException("partner.customer.portal.archived", name);
    }
    this.portalActive = true;
    this.portalPasswordHash = passwordHash;
  }

  public void revokePortalAccess() {
    this.portalActive = false;
    this.portalPasswordHash = null;
  }

  /**
   * Whether this input moves a portal customer to another commercial entity: their portal would
   * then show that entity's tickets and documents instead.
   */
  public boolean changesPortalCompany(CustomerInput input) {
    if (!hasPortalAccess()) {
      return false;
    }
    long newEntity = input.parentId() != null ? input.parentId() : id();
    return newEntity != commercialEntityId();
  }

  public boolean hasPortalAccess() {
    return portalActive && portalPasswordHash != null;
  }

  static @Nullable String trimmed(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The customer is not saved yet");
    }
    return id;
  }

  /** For tests of unsaved customers: gives the customer the id the database would. */
  Customer withId(long id) {
    this.id = id;
    return this;
  }

  public @Nullable Long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public boolean company() {
    return company;
  }

  public @Nullable Long parentId() {
    return parentId;
  }

  public AddressType addressType() {
    return addressType;
  }

  public @Nullable String email() {
    return email;
  }

  public @Nullable String phone() {
    return phone;
  }

  public @Nullable String street() {
    return address.street();
  }

  public @Nullable String zip() {
    return address.zip();
  }

  public @Nullable String city() {
    return address.city();
  }

  public @Nullable String country() {
    return address.country();
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
