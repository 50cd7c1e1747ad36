/** Chatter, composer, followers, invitations, templates and outbox pages of the mail module. */
@NullMarked
package io.afterdesk.mail.web;

import org.jspecify.annotations.NullMarked;
