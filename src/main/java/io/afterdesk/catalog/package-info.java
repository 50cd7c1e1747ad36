/**
 * Products (goods or services, tracked by lot or serial or not), prices, taxes, lots and serials.
 */
@ApplicationModule(
    displayName = "Catalog",
    allowedDependencies = {"common", "identity"})
@NullMarked
package io.afterdesk.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
