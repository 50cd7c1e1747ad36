/** The customer aggregate and its repository; internal to the partner module. */
@NullMarked
package io.afterdesk.partner.domain;

import org.jspecify.annotations.NullMarked;
