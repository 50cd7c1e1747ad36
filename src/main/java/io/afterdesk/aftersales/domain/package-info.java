/** What every after-sales service shares: ticket links, buttons, costs, notes and idempotency. */
@NullMarked
package io.afterdesk.aftersales.domain;

import org.jspecify.annotations.NullMarked;
