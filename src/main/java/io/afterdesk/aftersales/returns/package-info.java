/** The return service: its choices, lots, wizard, buttons and status notes from a ticket. */
@NullMarked
package io.afterdesk.aftersales.returns;

import org.jspecify.annotations.NullMarked;
