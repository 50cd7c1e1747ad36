/** Staff users, their roles and team memberships, and the API tokens they authenticate with. */
@ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"common"})
@NullMarked
package io.afterdesk.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
