package vn.baocao.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Decides whether an {@code --output} folder may be replaced. A successful run deletes what
 * the folder held, so it refuses, with a one-line reason, an output that is the file system
 * root, is or contains or lies inside an input, or is an existing folder (or file) that is not
 * a previous baocao output. An empty folder holds nothing to lose and is accepted.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /** Refused output: the message is the one-line reason. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Checks {@code output} against {@code inputs}; returns the qualified output path. */
  public static Path check(String output, List<String> inputs, Configuration conf) throws IOException {
    Path given = new Path(output);
    FileSystem fs = given.getFileSystem(conf);
    Path target = fs.makeQualified(given);
    if (target.getParent() == null || target.getName().isEmpty()) {
      throw new Refused("--output " + output + " is the root of the file system; name a folder below it");
    }
    String out = canonical(target);
    for (String input : inputs) {
      if (input == null || input.isBlank()) {
        continue;
      }
      Path in = fs.makeQualified(new Path(globRoot(input)));
      String inc = canonical(in);
      if (out.equals(inc)) {
        throw new Refused("--output " + output + " is the input " + input + "; writing there would delete it");
      }
      if (inc.startsWith(out + "/")) {
        throw new Refused("--output " + output + " contains the input " + input + "; writing there would delete it");
      }
      if (out.startsWith(inc + "/")) {
        throw new Refused("--output " + output + " lies inside the input " + input + "; choose a folder outside it");
      }
    }
    if (fs.exists(target)) {
      FileStatus st = fs.getFileStatus(target);
      if (!st.isDirectory()) {
        throw new Refused("--output " + output + " exists and is a file, not a folder");
      }
      if (!OutputDir.isOutput(fs, target) && fs.listStatus(target).length > 0) {
        throw new Refused("--output " + output + " exists and is not a baocao output (no " + OutputDir.MANIFEST
            + "); choose a new folder or empty it");
      }
    }
    return target;
  }

  /** The folder part of a glob ("/data/*.txt" is "/data"), or the path itself. */
  static String globRoot(String input) {
    String prefix = input;
    while (prefix.indexOf('*') >= 0 || prefix.indexOf('?') >= 0 || prefix.indexOf('[') >= 0 || prefix.indexOf('{') >= 0) {
      int slash = prefix.lastIndexOf('/');
      prefix = slash < 0 ? "." : slash == 0 ? "/" : prefix.substring(0, slash);
    }
    return prefix;
  }

  /**
   * The path with symbolic links resolved where it is local (a link to the input is the
   * input), as scheme + path without a trailing slash.
   */
  static String canonical(Path p) {
    String path = p.toUri().getPath();
    if ("file".equals(p.toUri().getScheme())) {
      java.nio.file.Path local = Paths.get(path).toAbsolutePath().normalize();
      // resolve the longest existing prefix; the rest does not exist yet and has no links
      java.nio.file.Path existing = local;
      java.nio.file.Path rest = null;
      while (existing != null && !Files.exists(existing)) {
        java.nio.file.Path name = existing.getFileName();
        rest = rest == null ? name : name.resolve(rest);
        existing = existing.getParent();
      }
      if (existing != null) {
        try {
          java.nio.file.Path real = existing.toRealPath();
          path = (rest == null ? real : real.resolve(rest)).toString();
        } catch (IOException e) {
          // keep the given path
        }
      }
    }
    String s = p.toUri().getScheme() + ":" + path;
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
