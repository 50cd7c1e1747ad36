/** Replays the stored answer of an API request repeated with the same idempotency key. */
@NullMarked
package io.afterdesk.common.idempotency;

import org.jspecify.annotations.NullMarked;
