package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and Vietnamese: each {@code i18n/X.properties} has an {@code
 * X_vi.properties} with exactly the same keys, and no Vietnamese text is left empty. A failure
 * lists every missing key with the file it is missing from.
 */
class MessageBundleParityTests {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");

  @Test
  void everyEnglishBundleHasAVietnameseOneWithTheSameKeys() throws IOException {
    List<Path> english = englishBundles();
    assertThat(english).as("bundles in %s", BUNDLES).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path bundle : english) {
      Path vietnamese = vietnameseOf(bundle);
      if (!Files.exists(vietnamese)) {
        problems.add(
            vietnamese.getFileName() + " is missing (the Vietnamese of " + name(bundle) + ")");
        continue;
      }
      Properties en = load(bundle);
      Properties vi = load(vietnamese);
      for (String key : difference(en.stringPropertyNames(), vi.stringPropertyNames())) {
        problems.add(
            name(vietnamese) + " lacks " + key + " (English: " + en.getProperty(key) + ")");
      }
      for (String key : difference(vi.stringPropertyNames(), en.stringPropertyNames())) {
        problems.add(name(bundle) + " lacks " + key + " (Vietnamese: " + vi.getProperty(key) + ")");
      }
      for (String key : new TreeSet<>(vi.stringPropertyNames())) {
        if (vi.getProperty(key).isBlank() && !en.getProperty(key, "").isBlank()) {
          problems.add(name(vietnamese) + " leaves " + key + " empty");
        }
      }
    }
    assertThat(problems).as("keys that are not in both languages").isEmpty();
  }

  @Test
  void everyVietnameseBundleHasItsEnglishOne() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      List<String> orphans =
          files
              .filter(p -> name(p).endsWith("_vi.properties"))
              .filter(p -> !Files.exists(englishOf(p)))
              .map(MessageBundleParityTests::name)
              .toList();
      assertThat(orphans).as("Vietnamese bundles without an English one").isEmpty();
    }
  }

  private static List<Path> englishBundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files
          .filter(p -> name(p).endsWith(".properties"))
          .filter(p -> !name(p).contains("_"))
          .sorted()
          .toList();
    }
  }

  private static Set<String> difference(Set<String> keys, Set<String> other) {
    Set<String> missing = new TreeSet<>(keys);
    missing.removeAll(other);
    return missing;
  }

  private static Path vietnameseOf(Path english) {
    return english.resolveSibling(name(english).replace(".properties", "_vi.properties"));
  }

  private static Path englishOf(Path vietnamese) {
    return vietnamese.resolveSibling(name(vietnamese).replace("_vi.properties", ".properties"));
  }

  private static String name(Path path) {
    return path.getFileName().toString();
  }

  private static Properties load(Path path) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
