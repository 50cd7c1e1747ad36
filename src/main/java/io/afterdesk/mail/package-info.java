/**
 * Threads on any document: messages, internal notes, tracked changes and followers; later the
 * templates, the outbox and SMTP dispatch.
 */
@ApplicationModule(
    displayName = "Mail",
    allowedDependencies = {"common", "identity", "partner"})
@NullMarked
package io.afterdesk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
