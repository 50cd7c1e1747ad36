/** After-sales dialogs, reason-code settings and their API; internal to the after-sales module. */
@NullMarked
package io.afterdesk.aftersales.web;

import org.jspecify.annotations.NullMarked;
