/** Invoice and credit-note pages, payments and the invoicing API; internal to invoicing. */
@NullMarked
package io.afterdesk.invoicing.web;

import org.jspecify.annotations.NullMarked;
