package io.afterdesk.identity.domain;

import io.afterdesk.identity.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A database without demo data still needs someone to sign in: when no staff user exists after
 * start-up (after the demo data had its chance), an {@code admin} with a random password is created
 * and the password is logged once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

  private final StaffUserRepository users;
  private final PasswordEncoder passwords;
  private final Clock clock;

  InitialAdministrator(StaffUserRepository users, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    byte[] bytes = new byte[9];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    users.save(
        StaffUser.create(
            "admin",
            "Administrator",
            null,
            passwords.encode(password),
            Role.ADMIN,
            clock.instant()));
    log.warn("No staff user existed: created 'admin' with password '{}' - change it", password);
  }
}
