package io.afterdesk.support;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link SettableClock}: {@code @Import} it on a test class
 * that needs to set the date, inject the {@code SettableClock}, and {@code reset()} it after each
 * test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SettableClockConfiguration {

  @Bean
  @Primary
  SettableClock settableClock() {
    return new SettableClock(ZoneId.systemDefault());
  }
}
