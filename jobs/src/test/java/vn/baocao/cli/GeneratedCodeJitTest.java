package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 9: Spark's generated code stays with C1 below a gigabyte of input, and only when the launcher asks. */
class GeneratedCodeJitTest {
  @ParameterizedTest(name = "{0} at {1} bytes -> C1 only: {2}")
  @CsvSource(nullValues = "null", value = {
      "auto, 0, true",
      "auto, 428000000, true", // 100,000 generated reports
      "auto, 1073741823, true",
      "auto, 1073741824, false",
      "auto, 4085900000, false", // a million
      "AUTO, 4085900000, false",
      "c1, 4085900000, true",
      "c2, 0, false",
      "null, 0, false", // not launched by bin/baocao: HotSpot's defaults
      "bogus, 0, false"})
  void theChoiceFollowsTheSettingAndTheInputSize(String setting, long bytes, boolean c1Only) {
    assertThat(GeneratedCodeJit.c1Only(setting, bytes)).as("%s, %d bytes", setting, bytes).isEqualTo(c1Only);
  }

  @Test
  void theLogSaysTheSizeInWholeUnits() {
    assertThat(GeneratedCodeJit.size(0)).as("nothing").isEqualTo("0 KiB");
    assertThat(GeneratedCodeJit.size(18_000)).as("the seeds").isEqualTo("18 KiB");
    assertThat(GeneratedCodeJit.size(4_085_900_000L)).as("a million reports").isEqualTo("3,896 MiB");
  }

  @Test
  void withoutTheLaunchersPropertyNothingIsAdded() {
    assertThat(System.getProperty(GeneratedCodeJit.PROPERTY)).as("the test JVM is not launched by bin/baocao").isNull();
    assertThat(GeneratedCodeJit.apply(0)).as("no property, no decision").isNull();
  }

  @Test
  void theDirectiveReachesHotSpot() throws Exception {
    // JVM-wide, like the launcher's; it only moves generated code from C2 to C1 in this test JVM
    GeneratedCodeJit.add(GeneratedCodeJit.C1_ONLY);
    String directives = GeneratedCodeJit.print();
    assertThat(directives).as("directives in force").contains("matching: org/apache/spark/sql/catalyst/expressions/GeneratedClass*.*");
    int at = directives.indexOf("GeneratedClass*.*");
    String c2 = directives.substring(directives.indexOf("c2 directives:", at));
    assertThat(c2.substring(0, c2.indexOf('\n', c2.indexOf("Exclude:")))).as("its C2 part").contains("Exclude:true");
  }

  @Test
  void aBadDirectiveIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeneratedCodeJit.add("[{match: 42}]"))
        .as("HotSpot's refusal becomes an exception").isInstanceOf(java.io.IOException.class);
  }
}
