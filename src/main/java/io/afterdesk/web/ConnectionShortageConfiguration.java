package io.afterdesk.web;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link ConnectionShortageFilter} in front of every other filter (sessions, security). */
@Configuration(proxyBeanMethods = false)
class ConnectionShortageConfiguration {

  @Bean
  FilterRegistrationBean<ConnectionShortageFilter> connectionShortageFilter(
      ProblemWriter problems, MessageSource messages, LocaleResolver locales) {
    FilterRegistrationBean<ConnectionShortageFilter> registration =
        new FilterRegistrationBean<>(new ConnectionShortageFilter(problems, messages, locales));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
