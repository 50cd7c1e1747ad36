/** Inventory's pages and API (transfers, stock, adjustments); internal to the module. */
@NullMarked
package io.afterdesk.inventory.web;

import org.jspecify.annotations.NullMarked;
