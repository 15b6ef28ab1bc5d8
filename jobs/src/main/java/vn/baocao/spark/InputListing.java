package vn.baocao.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.baocao.reference.CsvTables;

/**
 * The reports under an input folder or glob: every {@code *.txt} below it, with its path
 * relative to the input root ('/' separators, NFC), plus what an optional {@code sources.csv}
 * says about each file. Other files are listed as skipped.
 */
public final class InputListing {
  /** One report file. */
  public record Input(String sourceFile, String path, long size, String url, LocalDate publishedDate) {}

  /** An entry under the input that is not read: a non-report file, a pipe, a hidden file, a loop. */
  public record Skip(String file, String reason) {}

  /** A problem found while listing (a bad sources.csv row), for the quarantine table. */
  public record Problem(String sourceFile, Integer line, Integer column, String reason, String detail) {}

  private final String root;
  private final List<Input> inputs;
  private final List<Skip> skipped;
  private final List<Problem> problems;

  private InputListing(String root, List<Input> inputs, List<Skip> skipped, List<Problem> problems) {
    this.root = root;
    this.inputs = inputs;
    this.skipped = skipped;
    this.problems = problems;
  }

  public String root() {
    return root;
  }

  public List<Input> inputs() {
    return inputs;
  }

  /** Names of the entries not read (for the manifest's {@code skipped_files}). */
  public List<String> skipped() {
    return skipped.stream().map(Skip::file).toList();
  }

  /** The entries not read, each with its reason. */
  public List<Skip> skippedWithReasons() {
    return skipped;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  /** Lists an input folder, file or glob. */
  public static InputListing list(String input, Configuration conf) throws IOException {
    Path given = new Path(input);
    FileSystem fs = given.getFileSystem(conf);
    boolean local = "file".equals(fs.getUri().getScheme());
    List<Found> files = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Path root;
    if (isGlob(input)) {
      String prefix = input;
      while (isGlob(prefix)) {
        int slash = prefix.lastIndexOf('/');
        prefix = slash <= 0 ? "." : prefix.substring(0, slash);
      }
      root = fs.makeQualified(new Path(prefix));
      FileStatus[] matched = fs.globStatus(given);
      if (matched == null || matched.length == 0) {
        throw new FileNotFoundException("no file matches " + input);
      }
      java.util.Arrays.sort(matched, (a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      for (FileStatus s : matched) {
        collect(fs, local, root, s, files, skips, problems);
      }
    } else {
      if (local) {
        // a given path that is a broken link or a pipe is named as such rather than "missing"
        java.nio.file.Path p = Paths.get(fs.makeQualified(given).toUri());
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileNotFoundException(input + " does not exist");
        }
        if (!Files.exists(p)) {
          throw new FileNotFoundException(input + " is a broken symbolic link");
        }
        if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
          throw new IOException(input + " is not a folder or a regular file");
        }
      } else if (!fs.exists(given)) {
        throw new FileNotFoundException(input + " does not exist");
      }
      FileStatus st = fs.getFileStatus(given);
      root = fs.makeQualified(st.isDirectory() ? given : given.getParent());
      collect(fs, local, root, st, files, skips, problems);
    }
    String rootPath = root.toUri().getPath();
    Map<String, Found> reports = new TreeMap<>();
    List<Skip> skipped = new ArrayList<>();
    List<Found> sourceTables = new ArrayList<>();
    for (Skip s : skips) {
      skipped.add(new Skip(nfc(s.file()), s.reason()));
    }
    for (Found f : files) {
      String rel = nfc(f.relative());
      String name = f.name().toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        Found first = reports.putIfAbsent(rel, f);
        if (first != null) {
          // "hòa.txt" in NFC and in NFD are two files with one source_file: the first (by its
          // bytes) is read, the other named
          skipped.add(new Skip(rel, "another file has the same name once Unicode-normalised (NFC); only the first is read"));
        }
      } else if (name.equals("sources.csv")) {
        sourceTables.add(f);
      } else {
        skipped.add(new Skip(rel, "not a .txt report"));
      }
    }
    Map<String, String[]> meta = new HashMap<>();
    for (Found s : sourceTables) {
      readSources(fs, s, meta, problems);
    }
    List<Input> inputs = new ArrayList<>();
    for (Map.Entry<String, Found> e : reports.entrySet()) {
      String[] m = meta.get(e.getKey());
      LocalDate published = null;
      if (m != null && m[1] != null && !m[1].isBlank()) {
        try {
          published = LocalDate.parse(m[1].trim());
        } catch (DateTimeParseException ex) {
          problems.add(new Problem(e.getKey(), null, null, "bad_record", "sources.csv published_date '" + m[1] + "' is not yyyy-MM-dd"));
        }
      }
      inputs.add(new Input(e.getKey(), e.getValue().uri(), e.getValue().size(),
          m == null || m[0] == null || m[0].isBlank() ? null : m[0].trim(), published));
    }
    skipped.sort(java.util.Comparator.comparing(Skip::file).thenComparing(Skip::reason));
    return new InputListing(rootPath, inputs, skipped, problems);
  }

  /** A file found: its relative name as listed, a URI that reads exactly it, its size. */
  private record Found(String relative, String name, String uri, long size) {}

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static void collect(FileSystem fs, boolean local, Path root, FileStatus st, List<Found> out, List<Skip> skips,
      List<Problem> problems) throws IOException {
    if (local) {
      java.nio.file.Path base = Paths.get(root.toUri());
      java.nio.file.Path p = Paths.get(fs.makeQualified(st.getPath()).toUri());
      LocalTree t = LocalTree.walk(p, base);
      for (LocalTree.File f : t.files()) {
        // the URI of a java.nio path escapes every character a name may hold (' ', '%', '#', '?')
        out.add(new Found(f.relative(), f.path().getFileName().toString(), f.path().toUri().toString(), f.size()));
      }
      for (LocalTree.Skipped s : t.skipped()) {
        skips.add(new Skip(s.relative(), s.reason()));
      }
      for (LocalTree.Problem pr : t.problems()) {
        problems.add(new Problem(nfc(pr.relative()), null, null, "unreadable", pr.detail()));
      }
      return;
    }
    String rootPath = root.toUri().getPath();
    if (st.isDirectory()) {
      FileStatus[] children;
      try {
        children = fs.listStatus(st.getPath());
      } catch (IOException e) {
        problems.add(new Problem(relative(rootPath, st.getPath()), null, null, "unreadable",
            "Cannot list folder: " + LocalTree.cause(e)));
        return;
      }
      java.util.Arrays.sort(children, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus c : children) {
        if (c.getPath().getName().startsWith(".")) {
          skips.add(new Skip(relative(rootPath, c.getPath()), c.isDirectory() ? "hidden folder, not read" : "hidden file, not read"));
          continue;
        }
        collect(fs, false, root, c, out, skips, problems);
      }
    } else if (st.isFile()) {
      out.add(new Found(relative(rootPath, st.getPath()), st.getPath().getName(), st.getPath().toUri().toString(), st.getLen()));
    } else {
      skips.add(new Skip(relative(rootPath, st.getPath()), "not a regular file"));
    }
  }

  static String relative(String rootPath, Path file) {
    String p = file.toUri().getPath();
    String r = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    return p.startsWith(r) ? p.substring(r.length()) : file.getName();
  }

  private static void readSources(FileSystem fs, Found table, Map<String, String[]> meta, List<Problem> problems) {
    String tableRel = nfc(table.relative());
    String folder = tableRel.contains("/") ? tableRel.substring(0, tableRel.lastIndexOf('/') + 1) : "";
    try (Reader r = new InputStreamReader(ReportFiles.open(table.uri(), fs.getConf()), StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = CsvTables.parse(r);
      int line = 1;
      for (Map<String, String> row : rows) {
        line++;
        String sf = row.get("source_file");
        if (sf == null || sf.isBlank()) {
          problems.add(new Problem(tableRel, line, 1, "bad_record", "sources.csv row has no source_file"));
          continue;
        }
        // a name as written first; a Windows crawler's "sub\file.txt" only when no file is named so
        String exact = Normalizer.normalize(folder + sf.trim(), Normalizer.Form.NFC);
        String[] value = {row.get("url"), row.get("published_date")};
        meta.put(exact, value);
        meta.putIfAbsent(Normalizer.normalize(folder + sf.trim().replace('\\', '/'), Normalizer.Form.NFC), value);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(tableRel, null, null, "bad_record", "sources.csv cannot be read: " + e.getMessage()));
    }
  }
}
