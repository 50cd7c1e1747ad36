/** Teams, their stages and after-sales switches, and tickets; knows nothing of refunds or stock. */
@ApplicationModule(
    displayName = "Helpdesk",
    allowedDependencies = {"catalog", "common", "identity", "mail", "partner", "sales"})
@NullMarked
package io.afterdesk.helpdesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
