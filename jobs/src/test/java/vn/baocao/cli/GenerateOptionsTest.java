package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** generate's options and run/extract's --allow-synthetic flag. */
class GenerateOptionsTest {
  @Test
  void generateTakesDocsOutputSeedAndFormat() throws Exception {
    Options o = Options.parse(new String[] {"generate", "--docs", "2000", "--output", "/tmp/g", "--seed", "7", "--format", "jsonl.gz"});
    assertThat(o.command()).as("command").isEqualTo("generate");
    assertThat(o.docs()).as("docs").isEqualTo(2000);
    assertThat(o.seed()).as("seed").isEqualTo(7);
    assertThat(o.format()).as("format").isEqualTo("jsonl.gz");
    assertThat(o.output()).as("output").isEqualTo("/tmp/g");
    Options d = Options.parse(new String[] {"generate", "--docs=5", "--output=/tmp/h"});
    assertThat(d.seed()).as("default seed").isEqualTo(42);
    assertThat(d.format()).as("default format").isEqualTo("txt");
  }

  @Test
  void generateRefusesWrongUsageWithOneLineReasons() {
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--output", "/tmp/g"})).as("no --docs")
        .isInstanceOf(Options.UsageException.class).hasMessage("generate needs --docs <number of reports>");
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--docs", "-3", "--output", "/tmp/g"})).as("negative")
        .isInstanceOf(Options.UsageException.class).hasMessage("--docs must be positive");
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--docs", "x", "--output", "/tmp/g"})).as("not a number")
        .isInstanceOf(Options.UsageException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--docs", "3", "--output", "/tmp/g", "--format", "csv"}))
        .as("format").isInstanceOf(Options.UsageException.class).hasMessageContaining("txt, jsonl, jsonl.gz, parquet");
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--docs", "3", "--output", "/tmp/g", "--input", "x"}))
        .as("an option of run").isInstanceOf(Options.UsageException.class).hasMessageContaining("not an option of generate");
    assertThatThrownBy(() -> Options.parse(new String[] {"generate", "--docs", "3", "--help"})).as("help")
        .isInstanceOf(Options.HelpRequested.class);
    assertThat(Help.text("generate")).as("generate --help").contains("--format", "gold/facts.csv", "GIẢ LẬP");
  }

  @Test
  void allowSyntheticIsAFlagOfRunAndExtractOnly() throws Exception {
    assertThat(Options.parse(new String[] {"run", "--input", "a", "--output", "b"}).allowSynthetic()).as("default").isFalse();
    assertThat(Options.parse(new String[] {"extract", "--allow-synthetic", "--input", "a", "--output", "b"}).allowSynthetic())
        .as("given").isTrue();
    assertThatThrownBy(() -> Options.parse(new String[] {"compare", "--records", "a", "--output", "b", "--allow-synthetic"}))
        .as("compare").isInstanceOf(Options.UsageException.class);
    assertThat(Help.text("run")).as("run --help").contains("--allow-synthetic", ".jsonl.gz", ".parquet");
  }
}
