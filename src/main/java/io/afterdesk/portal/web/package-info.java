/** The customer portal's ticket pages. */
@NullMarked
package io.afterdesk.portal.web;

import org.jspecify.annotations.NullMarked;
