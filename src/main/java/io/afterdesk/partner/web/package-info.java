/** Customer pages and the customer API; internal to the partner module. */
@NullMarked
package io.afterdesk.partner.web;

import org.jspecify.annotations.NullMarked;
