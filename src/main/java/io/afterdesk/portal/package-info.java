/**
 * The customer-facing pages: my tickets, later my tasks, my coupons and the coupon landing page.
 */
@ApplicationModule(
    displayName = "Portal",
    allowedDependencies = {"common", "helpdesk", "partner"})
@NullMarked
package io.afterdesk.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
