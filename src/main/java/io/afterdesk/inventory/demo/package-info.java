/** Inventory's demo data; internal to the module. */
@NullMarked
package io.afterdesk.inventory.demo;

import org.jspecify.annotations.NullMarked;
