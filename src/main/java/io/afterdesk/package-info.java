/** The application's entry point; every module lives in a sub-package. */
@NullMarked
package io.afterdesk;

import org.jspecify.annotations.NullMarked;
