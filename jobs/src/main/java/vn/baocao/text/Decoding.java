package vn.baocao.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a report's bytes: UTF-8 first; a file cut inside its last character keeps what is
 * there ({@code truncated}, with the line and column of the cut); other bytes that are not
 * UTF-8 are tried as TCVN3, VNI and Windows-1258 ({@link LegacyEncodings}); when none is
 * recognisable with confidence the file is {@code undecodable}, naming the first bad byte by
 * its offset, line and column. Plain Java: no Spark.
 */
public final class Decoding {
  private Decoding() {}

  /**
   * The outcome. {@code text} is null when undecodable; {@code reason} is null when the bytes
   * decoded cleanly, else {@code truncated} or {@code undecodable} with {@code line},
   * {@code column} (1-based, characters) and a {@code detail}.
   */
  public record Decoded(String text, String encoding, String reason, Integer line, Integer column, String detail) {}

  /** Decodes {@code b} (no byte-order-mark handling for UTF-16: the caller does that). */
  public static Decoded decode(byte[] b) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length + 1);
    CoderResult r = dec.decode(in, out, false);
    if (!r.isError() && in.remaining() == 0) {
      dec.decode(in, out, true);
      dec.flush(out);
      return new Decoded(out.flip().toString(), "utf-8", null, null, null, null);
    }
    int bad = in.position();
    if (!r.isError()) {
      // underflow with bytes left: the file ends inside a character
      String text = out.flip().toString();
      int cut = b.length - bad;
      int[] lc = lineColumn(b, bad);
      return new Decoded(text, "utf-8", "truncated", lc[0], lc[1],
          "file ends inside a UTF-8 character at byte " + bad + "; the last " + cut + " byte(s) were dropped and the rest was read");
    }
    LegacyEncodings.Candidate[] best = new LegacyEncodings.Candidate[1];
    LegacyEncodings.Candidate legacy = LegacyEncodings.recognise(b, best);
    if (legacy != null) {
      return new Decoded(legacy.text(), legacy.encoding(), null, null, null, null);
    }
    int[] lc = lineColumn(b, bad);
    LegacyEncodings.Candidate g = best[0];
    String guess = g == null || g.words() + g.unmapped() == 0 ? ""
        : String.format(Locale.ROOT, "; as %s only %d of %d words read as Vietnamese", g.encoding(), g.syllables(), g.words() + g.unmapped());
    return new Decoded(null, null, "undecodable", lc[0], lc[1],
        String.format(Locale.ROOT, "not UTF-8: invalid byte 0x%02X at byte %d (line %d, column %d), and not recognisably TCVN3, VNI or Windows-1258%s; save the file as UTF-8",
            b[bad] & 0xFF, bad, lc[0], lc[1], guess));
  }

  /**
   * Whether the bytes are for the extractor's own checks rather than a text decode: empty,
   * UTF-16 with a byte-order mark, or holding NUL bytes (UTF-16 without a mark, or binary).
   */
  public static boolean leftToExtractor(byte[] b) {
    if (b.length == 0 || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return true;
    }
    return Bytes.indexOf(b, (byte) 0, 0, Math.min(b.length, 8192)) >= 0;
  }

  /** Line (1-based) and column (1-based, in characters of the valid UTF-8 before it) of byte {@code pos}. */
  static int[] lineColumn(byte[] b, int pos) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // count characters, not bytes: a continuation byte does not start one
    int column = 1;
    for (int i = lineStart; i < pos; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
