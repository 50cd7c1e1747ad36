/**
 * Stock of the one warehouse: locations, operation types, transfers (receipts, deliveries, returns)
 * with moves and lots/serials, their validation, stock on hand and inventory adjustments.
 */
@ApplicationModule(
    displayName = "Inventory",
    allowedDependencies = {"catalog", "common", "identity", "mail", "partner"})
@NullMarked
package io.afterdesk.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
