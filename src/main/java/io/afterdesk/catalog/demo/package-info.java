/** Demo products, prices and lots loaded when the demo profile starts. */
@NullMarked
package io.afterdesk.catalog.demo;

import org.jspecify.annotations.NullMarked;
