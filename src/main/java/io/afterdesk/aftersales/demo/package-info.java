/** The after-sales demo data: a return made from a ticket through the real return path. */
@NullMarked
package io.afterdesk.aftersales.demo;

import org.jspecify.annotations.NullMarked;
