/** The sales order aggregate with its lines, its queries and the rules of its transitions. */
@NullMarked
package io.afterdesk.sales.domain;

import org.jspecify.annotations.NullMarked;
