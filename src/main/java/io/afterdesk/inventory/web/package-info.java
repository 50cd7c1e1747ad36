/** Transfer and stock pages, the validate dialog and the inventory API; internal to inventory. */
@NullMarked
package io.afterdesk.inventory.web;

import org.jspecify.annotations.NullMarked;
