package vn.baocao.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.baocao.text.Sha256;

/**
 * Opens and reads one listed report file by the URI {@link InputListing} gave it (so every name
 * a file system allows reads exactly that file), refusing anything but a regular file and
 * giving up after a deadline: a file that turned into a pipe, or a stalled network mount,
 * becomes an {@code unreadable} row instead of a hung job.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /** Default deadline for reading one file. */
  public static final long DEFAULT_TIMEOUT_MS = 120_000;

  /** A file's bytes (at most the limit + nothing when over it) and the SHA-256 of all of it. */
  public record Read(byte[] bytes, String sha256) {}

  /** Opens exactly the file {@code uri} names; a local one must be a regular file. */
  public static InputStream open(String uri, Configuration conf) throws IOException {
    URI u = URI.create(uri);
    if ("file".equals(u.getScheme())) {
      java.nio.file.Path p = Paths.get(u);
      if (!Files.isRegularFile(p)) {
        throw new IOException(Files.exists(p) ? "not a regular file (a pipe, socket, device or folder)" : "no such file");
      }
      return Files.newInputStream(p);
    }
    Path p = new Path(u);
    return p.getFileSystem(conf).open(p);
  }

  /**
   * Reads at most {@code max} bytes (none when {@code size > max}), hashing the whole file,
   * within {@code timeoutMs}. The reading thread is a daemon: one stuck in the kernel cannot
   * keep the job alive.
   */
  public static Read read(ExecutorService pool, String uri, long size, long max, Configuration conf, long timeoutMs)
      throws IOException {
    return withDeadline(pool, () -> readNow(uri, size, max, conf), timeoutMs);
  }

  static <T> T withDeadline(ExecutorService pool, Callable<T> work, long timeoutMs) throws IOException {
    Future<T> f = pool.submit(work);
    try {
      return f.get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new IOException("no data within " + (timeoutMs >= 1000 ? timeoutMs / 1000 + " s" : timeoutMs + " ms")
          + " (a pipe or a stalled file system?)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      throw new IOException(LocalTree.cause(c), c);
    }
  }

  /** A pool of daemon threads for {@link #read}; shut it down when the partition is done. */
  public static ExecutorService pool() {
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "baocao-read");
      t.setDaemon(true);
      return t;
    });
  }

  private static Read readNow(String uri, long size, long max, Configuration conf) throws IOException {
    try (InputStream raw = open(uri, conf)) {
      MessageDigest md = Sha256.newDigest();
      try (DigestInputStream in = new DigestInputStream(raw, md)) {
        byte[] bytes;
        if (size > max) {
          bytes = new byte[0];
          byte[] buf = new byte[1 << 16];
          while (in.read(buf) >= 0) {
            // hash only
          }
        } else {
          bytes = in.readAllBytes();
        }
        return new Read(bytes, HexFormat.of().formatHex(md.digest()));
      }
    }
  }

}
