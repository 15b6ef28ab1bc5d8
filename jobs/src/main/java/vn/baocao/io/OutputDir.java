package vn.baocao.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output folder replaced as a whole: everything is written to a staging folder beside it
 * and renamed into place at the end, so a failed run leaves the old output untouched.
 *
 * <p>Because replacing means deleting, the folder is checked first (see {@link OutputGuard}):
 * it may not be, contain or lie inside an input, and an existing folder is replaced only when
 * it holds a previous baocao output (its {@code _manifest.json}) or nothing at all.
 *
 * <p>The swap is two renames (old output aside to {@code .NAME.old-*}, staging into place). A
 * run killed between them leaves the output missing; the next {@link #open} puts the old
 * output back first, then removes every staging and {@code .old} leftover of that output.
 * Two runs writing the same output at the same time are not supported.
 */
public final class OutputDir implements AutoCloseable {
  /** The file that marks a folder as a baocao output. */
  public static final String MANIFEST = "_manifest.json";
  static final String STAGING = ".staging-";
  static final String OLD = ".old-";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputDir(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /** Opens a staging folder beside {@code output}, with no inputs to protect. */
  public static OutputDir open(String output, Configuration conf) throws IOException {
    return open(output, List.of(), conf);
  }

  /**
   * Opens a staging folder beside {@code output} after checking that replacing it can lose
   * nothing: {@code inputs} (folders, files or globs the run reads) must not overlap it.
   */
  public static OutputDir open(String output, List<String> inputs, Configuration conf) throws IOException {
    Path target = OutputGuard.check(output, inputs, conf);
    FileSystem fs = target.getFileSystem(conf);
    if (fs instanceof org.apache.hadoop.fs.LocalFileSystem) {
      // no hidden ".x.csv.crc" beside every file: planners copy this folder around, and the
      // checksums cost a pass over every byte written
      fs.setWriteChecksum(false);
    }
    Path parent = target.getParent();
    if (!fs.exists(parent)) {
      fs.mkdirs(parent);
    }
    recover(fs, target);
    Path staging = new Path(parent, "." + target.getName() + STAGING + UUID.randomUUID().toString().substring(0, 8));
    fs.mkdirs(staging);
    return new OutputDir(fs, target, staging);
  }

  /**
   * Repairs what an interrupted run left beside {@code target}: a missing output whose
   * previous version was moved aside is put back, then staging and {@code .old} folders go.
   */
  static void recover(FileSystem fs, Path target) throws IOException {
    List<FileStatus> olds = leftovers(fs, target, OLD);
    if (!fs.exists(target)) {
      // killed between the two renames: the newest old output with a manifest is the last good one
      olds.stream().filter(o -> isOutput(fs, o.getPath()))
          .max(Comparator.comparingLong(FileStatus::getModificationTime).thenComparing(o -> o.getPath().getName()))
          .ifPresent(o -> {
            try {
              fs.rename(o.getPath(), target);
            } catch (IOException e) {
              // left in place; the refusal below names it
            }
          });
    }
    for (String kind : List.of(OLD, STAGING)) {
      for (FileStatus s : leftovers(fs, target, kind)) {
        fs.delete(s.getPath(), true);
      }
    }
  }

  private static List<FileStatus> leftovers(FileSystem fs, Path target, String kind) throws IOException {
    String prefix = "." + target.getName() + kind;
    List<FileStatus> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(target.getParent())) {
      String n = s.getPath().getName();
      // the suffix is 8 hex digits: a user's own ".out.old-notes" is not ours
      if (n.startsWith(prefix) && n.length() == prefix.length() + 8 && n.substring(prefix.length()).matches("[0-9a-f]{8}")) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether {@code dir} holds a baocao manifest. */
  static boolean isOutput(FileSystem fs, Path dir) {
    Path m = new Path(dir, MANIFEST);
    try {
      if (!fs.isFile(m)) {
        return false;
      }
      try (InputStream in = fs.open(m)) {
        byte[] head = in.readNBytes(4096);
        return new String(head, StandardCharsets.UTF_8).contains("\"baocao\"");
      }
    } catch (IOException e) {
      return false;
    }
  }

  public FileSystem fs() {
    return fs;
  }

  /** A path inside the staging folder. */
  public Path path(String relative) {
    return new Path(staging, relative);
  }

  public String uri(String relative) {
    return path(relative).toString();
  }

  public Path target() {
    return target;
  }

  /** Moves the staging folder into place, replacing what was there. */
  public void commit() throws IOException {
    Path old = null;
    if (fs.exists(target)) {
      old = new Path(target.getParent(), "." + target.getName() + OLD + UUID.randomUUID().toString().substring(0, 8));
      if (!fs.rename(target, old)) {
        throw new IOException("cannot move the previous output " + target + " aside");
      }
    }
    if (Boolean.getBoolean("baocao.test.haltBetweenRenames")) {
      Runtime.getRuntime().halt(137); // a test's kill -9 at the worst moment
    }
    if (!fs.rename(staging, target)) {
      if (old != null) {
        fs.rename(old, target);
      }
      throw new IOException("cannot move the new output into " + target);
    }
    committed = true;
    if (old != null) {
      fs.delete(old, true);
    }
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      fs.delete(staging, true);
    }
  }
}
