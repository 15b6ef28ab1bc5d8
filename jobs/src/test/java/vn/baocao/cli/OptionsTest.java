package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The command line contract of DESIGN.md, parsed without starting Spark. */
class OptionsTest {
  @Test
  void parsesRunWithDefaults() throws Exception {
    Options o = Options.parse(new String[] {"run", "--input", "seeds", "--output", "out"});
    assertThat(o.command()).as("command").isEqualTo("run");
    assertThat(o.boundaries()).as("default boundaries").isEqualTo("2023");
    assertThat(o.labels()).as("default labels").isEqualTo("en");
    assertThat(o.master()).as("no master unless given").isNull();
  }

  @Test
  void parsesCompareWithEverything() throws Exception {
    Options o = Options.parse(new String[] {"compare", "--records", "x", "--output", "y", "--boundaries=2025", "--labels", "vi", "--master", "local[2]"});
    assertThat(o.records()).as("records").isEqualTo("x");
    assertThat(o.boundaries()).as("boundaries").isEqualTo("2025");
    assertThat(o.labels()).as("labels").isEqualTo("vi");
    assertThat(o.master()).as("master").isEqualTo("local[2]");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|missing command",
      "frobnicate|unknown command",
      "run --output o|needs --input",
      "run --input i|needs --output",
      "extract --input i --output o --labels vi|is not an option of extract",
      "compare --input i --output o|is not an option of compare",
      "run --input i --output o --boundaries 2019|takes 2023 or 2025",
      "run --input i --output o --labels fr|takes en or vi",
      "run --input i --output|needs a value",
      "run --input i --input j --output o|given twice"})
  void rejectsWrongUsageWithAOneLineReason(String args, String message) {
    String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
    assertThatThrownBy(() -> Options.parse(argv)).as("usage error for '%s'", args)
        .isInstanceOf(Options.UsageException.class).hasMessageContaining(message);
  }

  @Test
  void wrongUsageExitsWithTwoAndHelpWithZero() {
    assertThat(Main.run(new String[] {"run"})).as("exit code for wrong usage").isEqualTo(2);
    assertThat(Main.run(new String[] {"--help"})).as("exit code for help").isZero();
    assertThat(Main.run(new String[] {"compare", "--help"})).as("exit code for command help").isZero();
    assertThat(Help.text("run")).as("run help explains --input").contains("--input").contains("--boundaries");
    assertThat(Help.text(null)).as("the launcher's environment is named in the main help")
        .contains("BAOCAO_JAVA_OPTS", "BAOCAO_LOG_LEVEL", "BAOCAO_NO_CDS", "BAOCAO_JIT_DIRECTIVES", "BAOCAO_INLINE", "BAOCAO_THP");
  }
}
