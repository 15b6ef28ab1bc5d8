package vn.baocao.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, with one digest per thread: every report is hashed (its file's
 * sha256 and its doc_id), and {@code MessageDigest.getInstance} walks the security providers on
 * each call, which cost more than hashing a report of a few kilobytes.
 */
public final class Sha256 {
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

  private Sha256() {}

  /** The hex SHA-256 of {@code b}. */
  public static String hex(byte[] b) {
    return hex(b, 0, b.length);
  }

  /** The hex SHA-256 of {@code b[off, off + len)}. */
  public static String hex(byte[] b, int off, int len) {
    MessageDigest md = DIGEST.get();
    md.reset(); // a digest left half-fed by an exception starts clean
    md.update(b, off, len);
    return HexFormat.of().formatHex(md.digest());
  }

  /** A new SHA-256 digest (for streams hashed as they are read). */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: this JVM has no SHA-256", e);
    }
  }
}
