package io.afterdesk.web;

import io.afterdesk.common.idempotency.IdempotencyFilter;
import io.afterdesk.common.idempotency.IdempotencyRecords;
import io.afterdesk.common.web.ProblemWriter;
import io.afterdesk.identity.StaffAccounts;
import io.afterdesk.partner.PortalAccounts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors: the API (HTTP Basic or a bearer token, stateless, no CSRF, problem details), the
 * customer portal under {@code /my} (its own login, customers only) and the staff pages (form
 * login, staff roles only). A customer's session never opens a staff page and the reverse. Every
 * door checks passwords behind the {@link LoginThrottle} and sends the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] STAFF_ROLES = {"ADMIN", "MANAGER", "AGENT"};

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      StaffAccounts staff,
      PasswordEncoder passwords,
      ProblemWriter problems,
      IdempotencyRecords idempotency,
      LoginThrottle throttle,
      MessageSource messages)
      throws Exception {
    ApiAuthenticationProblems authProblems = new ApiAuthenticationProblems(problems, messages);
    http.securityMatcher("/api/**", "/actuator/**")
        .authenticationManager(
            new ProviderManager(
                new ThrottledAuthentication(provider(staff, passwords), throttle, "api")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.OPTIONS, "/api/**")
                    .permitAll()
                    .anyRequest()
                    .hasAnyRole(STAFF_ROLES))
        .httpBasic(basic -> basic.authenticationEntryPoint(authProblems))
        .addFilterBefore(new BearerTokenFilter(staff), BasicAuthenticationFilter.class)
        .addFilterAfter(
            new IdempotencyFilter(idempotency, problems),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(authProblems).accessDeniedHandler(authProblems))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityHeaders::api);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain portal(
      HttpSecurity http,
      PortalAccounts customers,
      PasswordEncoder passwords,
      LoginThrottle throttle)
      throws Exception {
    http.securityMatcher("/my/**", "/my")
        .authenticationManager(
            new ProviderManager(
                new ThrottledAuthentication(provider(customers, passwords), throttle, "portal")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/my/login", "/my/invitation/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole("CUSTOMER"))
        .formLogin(
            form ->
                form.loginPage("/my/login")
                    .loginProcessingUrl("/my/login")
                    .defaultSuccessUrl("/my", true)
                    .failureHandler(new ThrottleAwareLoginFailure("/my/login")))
        .logout(logout -> logout.logoutUrl("/my/logout").logoutSuccessUrl("/my/login?logout"))
        .headers(SecurityHeaders::pages);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain staff(
      HttpSecurity http, StaffAccounts staff, PasswordEncoder passwords, LoginThrottle throttle)
      throws Exception {
    http.authenticationManager(
            new ProviderManager(
                new ThrottledAuthentication(provider(staff, passwords), throttle, "staff")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/error",
                        "/error/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/locale")
                    .permitAll()
                    .requestMatchers("/settings/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .hasAnyRole(STAFF_ROLES))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/helpdesk/tickets")
                    .failureHandler(new ThrottleAwareLoginFailure("/login")))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(errors -> errors.accessDeniedPage("/error/forbidden"))
        .headers(SecurityHeaders::pages);
    return http.build();
  }

  private static DaoAuthenticationProvider provider(
      org.springframework.security.core.userdetails.UserDetailsService users,
      PasswordEncoder passwords) {
    DaoAuthenticationProvider provider = new CredentialsProvider(users);
    provider.setPasswordEncoder(passwords);
    return provider;
  }
}
