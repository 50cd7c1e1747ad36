/** Sales order list, form and API; internal to the sales module. */
@NullMarked
package io.afterdesk.sales.web;

import org.jspecify.annotations.NullMarked;
