/** Thread access, mail templates, recipients' languages and the outbox dispatch. */
@NullMarked
package io.afterdesk.mail.domain;

import org.jspecify.annotations.NullMarked;
