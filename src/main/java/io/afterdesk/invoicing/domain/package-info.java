/** The invoice aggregate with its lines and rules, the ledger, numbering and the PDF. */
@NullMarked
package io.afterdesk.invoicing.domain;

import org.jspecify.annotations.NullMarked;
