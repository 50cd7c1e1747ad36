/** Staff user pages and the user API: creating users, roles, passwords and API tokens. */
@NullMarked
package io.afterdesk.identity.web;

import org.jspecify.annotations.NullMarked;
