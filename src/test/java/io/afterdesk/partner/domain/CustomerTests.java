package io.afterdesk.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.partner.AddressType;
import io.afterdesk.partner.CustomerInput;
import org.junit.jupiter.api.Test;

/** The rules a customer guards: commercial entity, who may be a parent, email, portal access. */
class CustomerTests {

  private final Customer acme =
      created(CustomerInput.company("Acme", "info@acme.example", null), null).withId(1);

  @Test
  void theCommercialEntityOfAContactIsItsCompany() {
    Customer contact =
        created(CustomerInput.contactOf(1, "Ann", "ann@acme.example", null), acme).withId(2);

    assertThat(contact.commercialEntityId()).isEqualTo(1);
    assertThat(contact.parentId()).isEqualTo(1);
  }

  @Test
  void theCommercialEntityOfACompanyOrAnIndividualIsItself() {
    Customer individual = created(CustomerInput.individual("Bob", null, null), null).withId(3);

    assertThat(acme.commercialEntityId()).isEqualTo(1);
    assertThat(individual.commercialEntityId()).isEqualTo(3);
  }

  @Test
  void onlyACompanyCanBeAParent() {
    Customer individual = created(CustomerInput.individual("Bob", null, null), null).withId(3);

    assertThatThrownBy(() -> created(CustomerInput.contactOf(3, "Cy", null, null), individual))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldValidationException.FieldError::messageKey)
                    .containsExactly("partner.customer.parent.not-a-company"));
  }

  @Test
  void aCompanyCannotHaveAParent() {
    CustomerInput companyUnderAcme =
        new CustomerInput("Sub", true, 1L, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> created(companyUnderAcme, acme))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldValidationException.FieldError::messageKey)
                    .containsExactly("partner.customer.parent.company-has-no-parent"));
  }

  @Test
  void aCustomerCannotBeItsOwnParent() {
    CustomerInput ownContact =
        new CustomerInput("Acme", false, 1L, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> acme.change(ownContact, acme, false))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldValidationException.FieldError::messageKey)
                    .containsExactly("partner.customer.parent.self"));
  }

  @Test
  void aCompanyWithContactsStaysACompany() {
    assertThatThrownBy(() -> acme.change(CustomerInput.individual("Acme", null, null), null, true))
        .isInstanceOf(FieldValidationException.class);
    assertThat(acme.company()).isTrue();
  }

  @Test
  void anUnknownParentIsRefused() {
    assertThatThrownBy(() -> created(CustomerInput.contactOf(99, "Ann", null, null), null))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("parentId"));
  }

  @Test
  void theEmailFormatIsChecked() {
    assertThatThrownBy(() -> created(CustomerInput.individual("Bob", "not-an-email", null), null))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
  }

  @Test
  void aNameIsRequired() {
    assertThatThrownBy(() -> created(CustomerInput.individual("  ", null, null), null))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
  }

  @Test
  void anAddressTypeOnlyMeansSomethingForAContact() {
    Customer invoiceContact =
        created(
            CustomerInput.contactOf(1, "Billing", null, null).withAddressType(AddressType.INVOICE),
            acme);
    Customer individual =
        created(
            CustomerInput.individual("Bob", null, null).withAddressType(AddressType.INVOICE), null);

    assertThat(invoiceContact.addressType()).isEqualTo(AddressType.INVOICE);
    assertThat(individual.addressType()).isEqualTo(AddressType.CONTACT);
  }

  @Test
  void portalAccessNeedsAnEmail() {
    Customer noEmail = created(CustomerInput.individual("Bob", null, null), null);

    assertThatThrownBy(() -> noEmail.grantPortalAccess("{noop}x"))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(noEmail.hasPortalAccess()).isFalse();
  }

  @Test
  void portalAccessIsGrantedAndRevoked() {
    Customer bob = created(CustomerInput.individual("Bob", "bob@x.example", null), null);

    bob.grantPortalAccess("{noop}x");
    assertThat(bob.hasPortalAccess()).isTrue();
    bob.revokePortalAccess();
    assertThat(bob.hasPortalAccess()).isFalse();
  }

  @Test
  void thePortalLoginEmailCannotBeRemoved() {
    Customer bob = created(CustomerInput.individual("Bob", "bob@x.example", null), null);
    bob.grantPortalAccess("{noop}x");

    assertThatThrownBy(() -> bob.change(CustomerInput.individual("Bob", null, null), null, false))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  void changingThePortalLoginRevokesThePortalAccess() {
    Customer bob = created(CustomerInput.individual("Bob", "bob@x.example", null), null);
    bob.grantPortalAccess("{noop}x");
    CustomerInput moved = CustomerInput.individual("Bob", "robert@y.example", null);

    assertThat(bob.changesPortalLogin(moved)).isTrue();
    assertThat(bob.change(moved, null, false)).isTrue();
    assertThat(bob.hasPortalAccess()).isFalse();
    assertThat(bob.email()).isEqualTo("robert@y.example");
  }

  @Test
  void otherChangesKeepThePortalAccess() {
    Customer bob = created(CustomerInput.individual("Bob", "bob@x.example", null), null);
    bob.grantPortalAccess("{noop}x");
    CustomerInput sameLogin = CustomerInput.individual("Bob B.", " BOB@x.example ", "+84 1");

    assertThat(bob.changesPortalLogin(sameLogin)).as("logins ignore letter case").isFalse();
    assertThat(bob.change(sameLogin, null, false)).isFalse();
    assertThat(bob.hasPortalAccess()).isTrue();

    Customer ann = created(CustomerInput.individual("Ann", "ann@x.example", null), null);
    assertThat(ann.changesPortalLogin(CustomerInput.individual("Ann", "ann@z.example", null)))
        .as("without portal access the email is a contact detail")
        .isFalse();
  }

  @Test
  void anArchivedCustomerGetsNoPortalAccess() {
    Customer bob = created(CustomerInput.individual("Bob", "bob@x.example", null), null);
    bob.archive();

    assertThatThrownBy(() -> bob.grantPortalAccess("{noop}x"))
        .isInstanceOf(BusinessRuleException.class);
    bob.unarchive();
    assertThat(bob.active()).isTrue();
  }

  private static Customer created(
      CustomerInput input, @org.jspecify.annotations.Nullable Customer parent) {
    return Customer.create(input, parent, java.time.Instant.EPOCH);
  }
}
