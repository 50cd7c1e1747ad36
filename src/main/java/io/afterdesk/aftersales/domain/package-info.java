/**
 * What every after-sales service shares: the action path ({@link
 * io.afterdesk.aftersales.domain.AfterSalesActions}), the status notes, the ticket links, the
 * idempotency keys, the tickets' switches and the documents reached through tickets.
 */
@NullMarked
package io.afterdesk.aftersales.domain;

import org.jspecify.annotations.NullMarked;
