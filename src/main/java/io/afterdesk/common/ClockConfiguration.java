package io.afterdesk.common;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads "now" and "today" from, so that a test can set the date (a
 * credit note due tomorrow, a coupon that expires) instead of waiting for it. Production reads the
 * system clock in the JVM's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
