/** Demo quotations and sales orders spread over the last months. */
@NullMarked
package io.afterdesk.sales.demo;

import org.jspecify.annotations.NullMarked;
