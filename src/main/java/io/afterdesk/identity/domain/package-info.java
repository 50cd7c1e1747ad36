/** Staff users, team memberships, API token storage and the initial administrator. */
@NullMarked
package io.afterdesk.identity.domain;

import org.jspecify.annotations.NullMarked;
