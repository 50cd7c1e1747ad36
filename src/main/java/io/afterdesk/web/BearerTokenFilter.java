package io.afterdesk.web;

import io.afterdesk.identity.StaffAccounts;
import io.afterdesk.identity.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <token>}. An unknown or revoked
 * token leaves the request unauthenticated, which the API answers with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";
  private final StaffAccounts staff;

  BearerTokenFilter(StaffAccounts staff) {
    this.staff = staff;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      Optional<StaffPrincipal> principal =
          staff.authenticateToken(header.substring(PREFIX.length()).trim());
      principal.ifPresent(
          user ->
              SecurityContextHolder.getContext()
                  .setAuthentication(
                      UsernamePasswordAuthenticationToken.authenticated(
                          user, null, user.getAuthorities())));
    }
    chain.doFilter(request, response);
  }
}
