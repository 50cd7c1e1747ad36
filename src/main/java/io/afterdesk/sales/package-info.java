/**
 * Quotations and sales orders with their lines and totals, confirmation into a delivery, and
 * invoicing of what was delivered (goods) or ordered (services).
 */
@ApplicationModule(
    displayName = "Sales",
    allowedDependencies = {
      "catalog",
      "common",
      "identity",
      "inventory",
      "invoicing",
      "mail",
      "partner"
    })
@NullMarked
package io.afterdesk.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
