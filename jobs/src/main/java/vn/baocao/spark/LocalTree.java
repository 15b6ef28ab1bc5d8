package vn.baocao.spark;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a local folder the way a careful user would: every entry ends up either as a regular
 * file to consider, a skipped entry with its reason, or a problem (a folder that cannot be
 * listed). Nothing blocks and nothing is dropped silently:
 *
 * <ul>
 *   <li>pipes, sockets and devices are skipped (opening a pipe waits forever for a writer);
 *   <li>a folder reached twice (two links to ".", a link to a parent) is listed once;
 *   <li>broken links and hidden entries (".x.txt", ".git/") are skipped and named;
 *   <li>a folder that cannot be listed is a problem, and the walk goes on.
 * </ul>
 *
 * Plain Java (no Hadoop, no Spark), so it can be run as an unprivileged user by a test.
 */
public final class LocalTree {
  /** A regular file: its path relative to the root with '/' separators (not normalised). */
  public record File(String relative, Path path, long size) {}

  /** An entry that is not read, and why. */
  public record Skipped(String relative, String reason) {}

  /** A folder or entry that could not be examined. */
  public record Problem(String relative, String detail) {}

  private final List<File> files = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Object> seen = new HashSet<>();

  private LocalTree() {}

  public List<File> files() {
    return files;
  }

  public List<Skipped> skipped() {
    return skipped;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Walks {@code root} (a folder); entries are named relative to {@code base}. */
  public static LocalTree walk(Path root, Path base) {
    LocalTree t = new LocalTree();
    t.entry(root, base, true);
    return t;
  }

  private String rel(Path base, Path p) {
    Path r = base.relativize(p);
    StringBuilder b = new StringBuilder();
    for (Path part : r) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part.toString());
    }
    return b.length() == 0 ? "." : b.toString();
  }

  private void entry(Path p, Path base, boolean given) {
    String rel = rel(base, p);
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    boolean link = Files.isSymbolicLink(p);
    if (!given && name.startsWith(".")) {
      skipped.add(new Skipped(rel, (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "hidden folder" : "hidden file") + ", not read"));
      return;
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      skipped.add(new Skipped(rel, link ? "broken symbolic link (its target does not exist)" : "vanished while listing"));
      return;
    } catch (FileSystemException e) {
      if (link) {
        skipped.add(new Skipped(rel, "symbolic link that cannot be followed: " + cause(e)));
      } else {
        problems.add(new Problem(rel, "Cannot examine: " + cause(e)));
      }
      return;
    } catch (IOException e) {
      problems.add(new Problem(rel, "Cannot examine: " + cause(e)));
      return;
    }
    if (a.isDirectory()) {
      Object key = a.fileKey() != null ? a.fileKey() : p.toAbsolutePath().normalize();
      if (!seen.add(key)) {
        skipped.add(new Skipped(rel, "folder already listed (a symbolic link loop or a second link to it)"));
        return;
      }
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path c : ds) {
          children.add(c);
        }
      } catch (IOException | java.nio.file.DirectoryIteratorException e) {
        problems.add(new Problem(rel, "Cannot list folder: " + cause(e)));
        return;
      }
      children.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
      for (Path c : children) {
        entry(c, base, false);
      }
    } else if (a.isRegularFile()) {
      files.add(new File(rel, p, a.size()));
    } else {
      skipped.add(new Skipped(rel, "not a regular file (a pipe, socket or device)"));
    }
  }

  /** A readable cause: "permission denied", "too many levels of symbolic links", ... */
  public static String cause(Throwable e) {
    Throwable t = e instanceof java.nio.file.DirectoryIteratorException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String m = t.getMessage();
    if (t.getClass() == IOException.class && m != null && !m.isBlank()) {
      return m;
    }
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
