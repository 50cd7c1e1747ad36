package io.afterdesk.mail.web;

import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Recipient;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The recipients the composer's form names: checked followers and chosen customers that have an
 * email address, and typed addresses, which must all look like one.
 */
@Component
class ComposerRecipients {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");

  /** The recipients, or the message key of the first refusal. */
  record Resolved(List<Recipient> recipients, @Nullable String error) {}

  private final Customers customers;

  ComposerRecipients(Customers customers) {
    this.customers = customers;
  }

  Resolved resolve(
      List<Follower> followers, List<Long> checked, List<Long> customerIds, String addresses) {
    Map<Long, Follower> byId =
        followers.stream().collect(Collectors.toMap(Follower::id, Function.identity()));
    List<Recipient> recipients = new ArrayList<>();
    checked.stream()
        .map(byId::get)
        .filter(f -> f != null && f.email() != null)
        .map(Recipient::of)
        .forEach(recipients::add);
    for (Long customerId : customerIds) {
      Optional<CustomerSummary> customer = customers.find(customerId);
      if (customer.isPresent() && customer.get().email() != null) {
        CustomerSummary c = customer.get();
        recipients.add(new Recipient(c.email(), c.displayName(), c.id(), null));
      }
    }
    for (String address : addresses.split("[,;\\s]+")) {
      if (address.isBlank()) {
        continue;
      }
      if (!EMAIL.matcher(address.trim()).matches()) {
        return new Resolved(recipients, "mail.composer.address-invalid");
      }
      recipients.add(Recipient.address(address));
    }
    return new Resolved(
        recipients, recipients.isEmpty() ? "mail.composer.recipients-required" : null);
  }
}
