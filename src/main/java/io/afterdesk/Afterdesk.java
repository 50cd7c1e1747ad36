package io.afterdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Afterdesk: a helpdesk whose agents settle after-sales cases from the ticket itself. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Afterdesk", sharedModules = "common")
public class Afterdesk {

  public static void main(String[] args) {
    SpringApplication.run(Afterdesk.class, args);
  }
}
