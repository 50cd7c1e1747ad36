/** Web helpers every module shares: problem details, forms, paging, htmx, money and JSON. */
@NullMarked
package io.afterdesk.common.web;

import org.jspecify.annotations.NullMarked;
