/** The refund service: its choices, wizard, previews and scheduled credit notes from a ticket. */
@NullMarked
package io.afterdesk.aftersales.refund;

import org.jspecify.annotations.NullMarked;
