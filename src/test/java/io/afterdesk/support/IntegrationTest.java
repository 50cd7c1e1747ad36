package io.afterdesk.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on PostgreSQL (see {@link TestDatabase}). All
 * such tests share one database and one application context; each makes its own data with unique
 * names, so tests never depend on each other's rows.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"afterdesk.demo-data=false", "spring.thymeleaf.cache=false"})
public abstract class IntegrationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }
}
