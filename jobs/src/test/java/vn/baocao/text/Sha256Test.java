package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The per-thread digest gives what a fresh one gives, on every thread and call after call. */
class Sha256Test {
  private static String fresh(byte[] b, int off, int len) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(b, off, len);
    return HexFormat.of().formatHex(md.digest());
  }

  @Test
  void knownValues() {
    assertThat(Sha256.hex(new byte[0])).as("SHA-256 of nothing")
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).as("SHA-256 of abc")
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aSliceAndRepeatedCallsOnManyThreadsMatchAFreshDigest() throws Exception {
    byte[] text = "Thu ngân sách tỉnh Nghệ An đạt 8.120 tỷ đồng, bằng 56,3% dự toán.".getBytes(StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      java.util.List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 6; t++) {
        runs.add(pool.submit(() -> {
          for (int len = 0; len <= text.length; len++) {
            int off = len % 5 < text.length - len ? len % 5 : 0;
            if (!Sha256.hex(text, off, len - off).equals(fresh(text, off, len - off))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertThat(f.get()).as("every slice's hash on a pool thread").isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
