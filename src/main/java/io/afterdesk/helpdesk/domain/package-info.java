/** Teams, stages, tags and the ticket aggregate with its queries and demo data. */
@NullMarked
package io.afterdesk.helpdesk.domain;

import org.jspecify.annotations.NullMarked;
