package io.afterdesk.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.afterdesk.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that send mail: the whole application with SMTP configured to a GreenMail
 * server on a free port of this JVM (its own application context, so the other tests keep running
 * without SMTP). The scheduled dispatch is pushed out of the way: tests call the dispatcher.
 */
@TestPropertySource(
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=2000",
      "afterdesk.mail.dispatch-interval=PT1H",
      "afterdesk.mail.dispatch-initial-delay=PT1H",
      "afterdesk.mail.retry-base=PT1M",
      "afterdesk.mail.claim-timeout=PT5M",
      "afterdesk.mail.from=Afterdesk Test <desk@afterdesk.test>"
    })
public abstract class MailTest extends IntegrationTest {

  static final int SMTP_PORT = freePort();

  protected GreenMail smtp;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void startSmtp() {
    smtp = newSmtp();
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  protected static GreenMail newSmtp() {
    return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
