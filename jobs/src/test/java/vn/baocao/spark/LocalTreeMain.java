package vn.baocao.spark;

import java.nio.file.Path;

/** Prints a {@link LocalTree} walk, one entry a line; run by a test as an unprivileged user. */
public final class LocalTreeMain {
  private LocalTreeMain() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    LocalTree t = LocalTree.walk(root, root);
    StringBuilder b = new StringBuilder();
    for (LocalTree.File f : t.files()) {
      b.append("file ").append(f.relative()).append('\n');
    }
    for (LocalTree.Skipped s : t.skipped()) {
      b.append("skipped ").append(s.relative()).append(": ").append(s.reason()).append('\n');
    }
    for (LocalTree.Problem p : t.problems()) {
      b.append("problem ").append(p.relative()).append(": ").append(p.detail()).append('\n');
    }
    System.out.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 0,
        b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    System.out.flush();
  }
}
