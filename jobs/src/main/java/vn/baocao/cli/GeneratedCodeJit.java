package vn.baocao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which of HotSpot's compilers runs Spark's generated query code, chosen once the driver knows
 * how much text it reads.
 *
 * <p>Spark generates Java for each of its queries. On a small or medium input each generated
 * method runs briefly, and C2 spends more compiling it than it saves: C1 alone is quicker
 * (100,000 reports, 0.4 GB: 78 s against 81–85 s). On a large one the same methods run for
 * minutes over millions of rows, and C2's code pays for itself (1,000,000 reports, 4 GB: 309–313
 * s against 323–352 s; the tasks' CPU 451–459 s against 488–529 s). So below
 * {@link #C2_FROM_BYTES} of input the driver adds a compiler directive that keeps the generated
 * classes from C2; at or above it, they get C2 like any other code. Janino, which generates
 * them, is kept from C2 in every run by the launcher's {@code bin/jit-directives.json}.
 *
 * <p>The directive is JVM-wide and reaches the driver only, which in local mode runs the tasks
 * too; it is added only when the launcher asks for it ({@code -Dbaocao.jit.generated=auto}), so
 * library callers and tests keep HotSpot's defaults. It cannot be taken back: a second pipeline
 * in the same JVM keeps the first one's choice if it was C1. A user's
 * {@code -Dbaocao.jit.generated=c1} or {@code =c2} in {@code BAOCAO_JAVA_OPTS} comes later on the
 * command line and wins.
 */
final class GeneratedCodeJit {
  private GeneratedCodeJit() {}

  /** The system property the launcher sets: {@code auto}, {@code c1} (always) or {@code c2} (never add). */
  static final String PROPERTY = "baocao.jit.generated";

  /** Input size from which generated code is left to C2 (between the 0.4 and 4 GB measured). */
  static final long C2_FROM_BYTES = 1L << 30;

  /** The directive: Spark's generated classes are compiled by C1 only. */
  static final String C1_ONLY = "[{match: [\"org/apache/spark/sql/catalyst/expressions/GeneratedClass*.*\"], c2: {Exclude: true}}]";

  private static final AtomicBoolean ADDED = new AtomicBoolean();

  /**
   * Whether the generated code of a run over {@code inputBytes} should stay with C1.
   *
   * @param setting the property's value, or null when unset
   */
  static boolean c1Only(String setting, long inputBytes) {
    if (setting == null) {
      return false;
    }
    return switch (setting.toLowerCase(Locale.ROOT)) {
      case "auto" -> inputBytes < C2_FROM_BYTES;
      case "c1" -> true;
      default -> false;
    };
  }

  /**
   * Adds the directive when the property asks for it at this input size, once per JVM. Returns
   * what was decided, for the log, or null when nothing was asked.
   */
  static String apply(long inputBytes) {
    String setting = System.getProperty(PROPERTY);
    if (setting == null) {
      return null;
    }
    if (!c1Only(setting, inputBytes)) {
      return "Spark's generated code may be compiled by C2 (" + size(inputBytes) + " of input)";
    }
    if (!ADDED.compareAndSet(false, true)) {
      return "Spark's generated code is compiled by C1 only";
    }
    try {
      add(C1_ONLY);
      return "Spark's generated code is compiled by C1 only (" + size(inputBytes) + " of input)";
    } catch (IOException | JMException | RuntimeException e) {
      // only speed depends on it: a JVM without the diagnostic command runs on as it is
      ADDED.set(false);
      return "Cannot keep Spark's generated code from C2: " + e.getMessage();
    }
  }

  /** Adds compiler directives (HotSpot's JSON) to this JVM, as {@code jcmd PID Compiler.directives_add} does. */
  static void add(String directives) throws IOException, JMException {
    Path file = Files.createTempFile("baocao-jit", ".json");
    try {
      Files.writeString(file, directives, StandardCharsets.UTF_8);
      String said = diagnostic("compilerDirectivesAdd", file.toString());
      if (said == null || !said.strip().matches("[1-9][0-9]* compiler directives? added")) {
        throw new IOException("HotSpot said: " + said);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The directives in force in this JVM, as {@code jcmd PID Compiler.directives_print} prints them. */
  static String print() throws JMException {
    return diagnostic("compilerDirectivesPrint");
  }

  /** Runs one of HotSpot's diagnostic commands (what jcmd runs) in this JVM; returns its text. */
  private static String diagnostic(String operation, String... arguments) throws JMException {
    Object said = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
        operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    return said == null ? null : said.toString();
  }

  /** "18 KiB", "389 MiB", "3,896 MiB": whole units, so the seeds do not read as "0 MiB". */
  static String size(long bytes) {
    return bytes < (1L << 20)
        ? String.format(Locale.ROOT, "%,d KiB", (bytes + 1023) >> 10)
        : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
  }
}
