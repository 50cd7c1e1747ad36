/** Password hashing of staff and portal passwords. */
@NullMarked
package io.afterdesk.common.security;

import org.jspecify.annotations.NullMarked;
