/**
 * Shared kernel: money, document references, document texts in the reader's language, numbering
 * sequences, problem types, paging, the embedded database and the idempotency of API requests.
 */
@ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
@NullMarked
package io.afterdesk.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
