/**
 * After-sales from a ticket: the team switches' action buttons, links ticket ↔ documents with their
 * reason codes, smart-button counts, status notes, per-ticket cost, idempotency, and the refund
 * wizard (credit notes) and the return wizard (reverse transfers, exchange; aftersales.returns).
 */
@ApplicationModule(
    displayName = "After-sales",
    allowedDependencies = {
      "catalog",
      "common",
      "helpdesk",
      "identity",
      "inventory",
      "invoicing",
      "mail",
      "partner",
      "sales"
    })
@NullMarked
package io.afterdesk.aftersales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
