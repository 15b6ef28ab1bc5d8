package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Bytes#indexOf} against a plain loop, on arrays where the byte sits anywhere or nowhere. */
class BytesTest {
  private static int naive(byte[] b, byte v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void findsTheFirstOccurrenceLikeAPlainLoop() {
    SplittableRandom rnd = new SplittableRandom(7);
    byte[] values = {0, '\n', (byte) 0x80, (byte) 0xFF, 0x01, 0x7F};
    for (int round = 0; round < 20_000; round++) {
      int n = rnd.nextInt(0, 70);
      byte[] b = new byte[n];
      // few distinct bytes, so matches, near-misses (v ± 1) and borrows across bytes all occur
      for (int i = 0; i < n; i++) {
        b[i] = (byte) (rnd.nextInt(4) == 0 ? values[rnd.nextInt(values.length)] : rnd.nextInt(256));
      }
      byte v = values[rnd.nextInt(values.length)];
      int from = n == 0 ? 0 : rnd.nextInt(n + 1);
      int to = from + (n == from ? 0 : rnd.nextInt(n - from + 1));
      assertThat(Bytes.indexOf(b, v, from, to))
          .as("round %d: byte %d in [%d, %d) of %d bytes", round, v, from, to, n)
          .isEqualTo(naive(b, v, from, to));
    }
  }

  @Test
  void aByteJustAboveTheOneSoughtIsNotAMatch() {
    // 0x01 right after a 0x00 is the classic false positive of a sloppy zero-byte test
    byte[] b = {5, 5, 5, 5, 5, 5, 0x01, 0x00, 5, 5};
    assertThat(Bytes.indexOf(b, (byte) 0, 0, b.length)).as("the NUL, not the 0x01").isEqualTo(7);
    assertThat(Bytes.indexOf(b, (byte) 0, 0, 7)).as("no NUL before index 7").isEqualTo(-1);
  }
}
