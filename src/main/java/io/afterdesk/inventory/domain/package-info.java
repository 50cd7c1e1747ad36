/**
 * Inventory's aggregates (transfers, moves) and the services behind its facades; internal to the
 * module.
 */
@NullMarked
package io.afterdesk.inventory.domain;

import org.jspecify.annotations.NullMarked;
