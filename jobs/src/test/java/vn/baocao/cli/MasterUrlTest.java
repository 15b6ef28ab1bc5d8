package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 8, item 9: a bad --master is wrong usage with a one-line reason, not a stack trace. */
class MasterUrlTest {
  @Test
  void aMalformedMasterIsAUsageError() {
    for (String bad : new String[] {"bogus", "local[", "local[0]", "spark:/host", "spark://", "local[two]", ""}) {
      assertThatThrownBy(() -> Options.parse(new String[] {"run", "--input", "a", "--output", "b", "--master", bad}))
          .as("--master '%s'", bad).isInstanceOf(Options.UsageException.class)
          .hasMessageContaining("is not a Spark master URL").hasMessageNotContaining("\n");
    }
  }

  @Test
  void sparkMasterUrlsAreAccepted() {
    for (String ok : new String[] {"local", "local[*]", "local[4]", "local[2,3]", "local-cluster[2,1,1024]",
        "spark://127.0.0.1:7077", "spark://a:7077,b:7077", "yarn", "k8s://https://10.0.0.1:6443"}) {
      assertThat(MasterUrl.problem(ok)).as("--master %s", ok).isNull();
    }
  }

  @Test
  void theTaskSlotsOfALocalMasterSizeItsShuffles() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(MasterUrl.localSlots("local")).as("local").isEqualTo(1);
    assertThat(MasterUrl.localSlots("local[2]")).as("local[2]").isEqualTo(2);
    assertThat(MasterUrl.localSlots("local[16,3]")).as("local[16,3]: 3 is the task retries").isEqualTo(16);
    assertThat(MasterUrl.localSlots("local[*]")).as("local[*]").isEqualTo(cores);
    assertThat(MasterUrl.localSlots("local-cluster[2,3,1024]")).as("two workers of three cores").isEqualTo(6);
    assertThat(MasterUrl.localSlots("spark://127.0.0.1:7077")).as("not local").isEqualTo(cores);
  }
}
