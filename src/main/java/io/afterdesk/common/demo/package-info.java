/** The contract of a module's demo data loader, and the switch that keeps demo mail unsent. */
@NullMarked
package io.afterdesk.common.demo;

import org.jspecify.annotations.NullMarked;
