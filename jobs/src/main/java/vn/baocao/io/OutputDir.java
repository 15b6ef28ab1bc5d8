package vn.baocao.io;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output folder replaced as a whole: everything is written to a staging folder beside it
 * and renamed into place at the end, so a failed run leaves the old output untouched.
 */
public final class OutputDir implements AutoCloseable {
  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputDir(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /** Opens a staging folder beside {@code output}. */
  public static OutputDir open(String output, Configuration conf) throws IOException {
    Path target = new Path(output);
    FileSystem fs = target.getFileSystem(conf);
    target = fs.makeQualified(target);
    if (fs.exists(target) && !fs.getFileStatus(target).isDirectory()) {
      throw new IOException(output + " exists and is not a folder");
    }
    Path parent = target.getParent();
    if (parent != null && !fs.exists(parent)) {
      fs.mkdirs(parent);
    }
    Path staging = new Path(parent, "." + target.getName() + ".staging-" + UUID.randomUUID().toString().substring(0, 8));
    fs.mkdirs(staging);
    return new OutputDir(fs, target, staging);
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
      old = new Path(target.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
      if (!fs.rename(target, old)) {
        throw new IOException("cannot move the previous output " + target + " aside");
      }
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
