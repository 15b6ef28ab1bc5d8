package vn.baocao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, items 1 and 7: --output never deletes what it should not, and the swap recovers. */
class OutputDirTest {
  @TempDir Path tmp;
  private final Configuration conf = new Configuration();

  private Path reports() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(in.resolve("r1.txt"), "Báo cáo tháng 5", StandardCharsets.UTF_8);
    return in;
  }

  private static void writeOutput(OutputDir out, String marker) throws IOException {
    try (OutputStream os = out.fs().create(out.path(OutputDir.MANIFEST), true)) {
      os.write(("{\"versions\": {\"baocao\": \"0.1.0\"}, \"marker\": \"" + marker + "\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void refusesAnOutputThatIsTheInput() throws IOException {
    Path in = reports();
    assertThatThrownBy(() -> OutputDir.open(in.toString(), List.of(in.toString()), conf))
        .as("--output equal to --input is refused").isInstanceOf(OutputGuard.Refused.class)
        .hasMessageContaining("is the input");
    assertThat(in.resolve("r1.txt")).as("the report survives").exists();
  }

  @Test
  void refusesAnOutputThatContainsOrLiesInsideTheInput() throws IOException {
    Path in = reports();
    assertThatThrownBy(() -> OutputDir.open(tmp.toString(), List.of(in.toString()), conf))
        .as("a parent of the input").hasMessageContaining("contains the input");
    assertThatThrownBy(() -> OutputDir.open(in.resolve("out").toString(), List.of(in.toString()), conf))
        .as("a folder inside the input").hasMessageContaining("lies inside the input");
    assertThatThrownBy(() -> OutputDir.open(in.toString(), List.of(in + "/*.txt"), conf))
        .as("the folder of an input glob").hasMessageContaining("is the input");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
    assertThatThrownBy(() -> OutputDir.open(link.toString(), List.of(in.toString()), conf))
        .as("a symbolic link to the input").hasMessageContaining("is the input");
    assertThat(in.resolve("r1.txt")).as("the report survives").exists();
  }

  @Test
  void refusesAnExistingFolderThatIsNotABaocaoOutput() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(other.resolve("holiday.jpg"), "x");
    assertThatThrownBy(() -> OutputDir.open(other.toString(), List.of(), conf))
        .as("an unrelated folder").isInstanceOf(OutputGuard.Refused.class)
        .hasMessageContaining("not a baocao output");
    assertThat(other.resolve("holiday.jpg")).as("its file survives").exists();
  }

  @Test
  void refusesTheRoot() {
    assertThatThrownBy(() -> OutputDir.open("/", List.of(), conf))
        .as("--output /").isInstanceOf(OutputGuard.Refused.class).hasMessageContaining("root");
  }

  @Test
  void replacesAPreviousOutputAndAcceptsAnEmptyFolder() throws IOException {
    Path target = tmp.resolve("out");
    Files.createDirectories(target);
    try (OutputDir out = OutputDir.open(target.toString(), List.of(), conf)) {
      writeOutput(out, "first");
      out.commit();
    }
    Files.writeString(target.resolve("stale.csv"), "old");
    try (OutputDir out = OutputDir.open(target.toString(), List.of(), conf)) {
      writeOutput(out, "second");
      out.commit();
    }
    assertThat(Files.readString(target.resolve(OutputDir.MANIFEST))).as("the new output is in place").contains("second");
    assertThat(target.resolve("stale.csv")).as("the old contents went as a whole").doesNotExist();
    assertThat(siblings()).as("no staging or .old folder is left").containsExactly("out");
  }

  private List<String> siblings() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(tmp)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(String::compareTo);
    return names;
  }

  @Test
  void aKillBetweenTheTwoRenamesIsRepairedByTheNextRun() throws Exception {
    Path target = tmp.resolve("out");
    try (OutputDir out = OutputDir.open(target.toString(), List.of(), conf)) {
      writeOutput(out, "first");
      out.commit();
    }
    // a real process, halted (no finally, no shutdown hook) between moving the old output
    // aside and moving the new one in
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dbaocao.test.haltBetweenRenames=true", "-cp", System.getProperty("java.class.path"),
        HaltingRun.class.getName(), target.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the run ends").isTrue();
    assertThat(p.exitValue()).as("it was halted: %s", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(137);
    assertThat(target).as("the worst moment: output missing").doesNotExist();
    assertThat(siblings()).as("an .old and a staging folder are left").hasSize(2);

    try (OutputDir out = OutputDir.open(target.toString(), List.of(), conf)) {
      assertThat(Files.readString(target.resolve(OutputDir.MANIFEST))).as("the next run restored the previous output first")
          .contains("first");
      assertThat(siblings()).as("leftovers are cleaned, only the new staging folder is beside it").hasSize(2)
          .contains("out").anyMatch(n -> n.startsWith(".out.staging-"));
    }
    assertThat(siblings()).as("a failed (uncommitted) run leaves only the output").containsExactly("out");
  }

  /** The subprocess of the kill test: writes a second output and commits with the halt hook on. */
  public static final class HaltingRun {
    public static void main(String[] args) throws IOException {
      try (OutputDir out = OutputDir.open(args[0], List.of(), new Configuration())) {
        writeOutput(out, "second");
        out.commit();
      }
    }
  }
}
