/** Demo stock, receipts and deliveries matching the demo sales orders. */
@NullMarked
package io.afterdesk.inventory.demo;

import org.jspecify.annotations.NullMarked;
