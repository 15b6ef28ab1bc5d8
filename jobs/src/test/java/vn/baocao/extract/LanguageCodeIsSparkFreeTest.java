package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The language work (extract, reference, text) must run without Spark: no Spark import there. */
class LanguageCodeIsSparkFreeTest {
  @Test
  void noSparkImportInLanguagePackages() throws IOException {
    Path main = Path.of(System.getProperty("baocao.repo", "..")).resolve("jobs/src/main/java/vn/baocao");
    List<String> offenders = new ArrayList<>();
    int files = 0;
    for (String pkg : List.of("extract", "reference", "text")) {
      try (Stream<Path> s = Files.walk(main.resolve(pkg))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          String src = Files.readString(p, StandardCharsets.UTF_8);
          if (src.contains("org.apache.spark") || src.contains("scala.")) {
            offenders.add(main.relativize(p).toString());
          }
        }
      }
    }
    assertThat(files).as("language sources found").isGreaterThan(5);
    assertThat(offenders).as("language classes that import Spark or Scala").isEmpty();
  }
}
