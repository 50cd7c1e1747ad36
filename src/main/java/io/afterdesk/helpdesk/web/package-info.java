/** Ticket, team and tag pages and the helpdesk API; internal to the helpdesk module. */
@NullMarked
package io.afterdesk.helpdesk.web;

import org.jspecify.annotations.NullMarked;
