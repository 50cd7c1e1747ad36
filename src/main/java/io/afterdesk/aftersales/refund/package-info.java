/**
 * The refund service, its whole flow side by side: the wizard's choices and previews, the command,
 * the action run through the after-sales frame, the ticket's Credit Notes button and Refund action,
 * the refund cost and the status notes.
 */
@NullMarked
package io.afterdesk.aftersales.refund;

import org.jspecify.annotations.NullMarked;
