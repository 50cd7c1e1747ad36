/**
 * Customers: companies and their contacts (the commercial entity of a contact is its company),
 * addresses, and the portal access of customers.
 */
@ApplicationModule(
    displayName = "Partner",
    allowedDependencies = {"common", "identity"})
@NullMarked
package io.afterdesk.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
