/** What ERP documents a caller may read: the port the document modules ask. */
@NullMarked
package io.afterdesk.common.reach;

import org.jspecify.annotations.NullMarked;
