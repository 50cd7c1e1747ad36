/** Demo invoices, credit notes and payments that match the demo sales orders. */
@NullMarked
package io.afterdesk.invoicing.demo;

import org.jspecify.annotations.NullMarked;
