/** Demo companies and contacts with their portal access. */
@NullMarked
package io.afterdesk.partner.demo;

import org.jspecify.annotations.NullMarked;
