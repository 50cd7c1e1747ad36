/** The product and lot aggregates and their repositories; internal to the catalog module. */
@NullMarked
package io.afterdesk.catalog.domain;

import org.jspecify.annotations.NullMarked;
