/**
 * Journals, customer invoices and credit notes (draft, posting with gapless numbers, cancel),
 * payments and their matching, residuals and payment states, and the invoice PDF.
 */
@ApplicationModule(
    displayName = "Invoicing",
    allowedDependencies = {"catalog", "common", "identity", "mail", "partner"})
@NullMarked
package io.afterdesk.invoicing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
