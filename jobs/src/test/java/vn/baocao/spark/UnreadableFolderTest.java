package vn.baocao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 4: a folder that cannot be listed is a problem row and the walk goes on. Root
 * can list anything, so as root the walk runs in a subprocess as user nobody (setpriv).
 */
class UnreadableFolderTest {
  @TempDir Path tmp;

  @Test
  void anUnlistableFolderIsAProblemAndTheRestIsStillRead() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("in"));
    Files.createDirectories(root.resolve("ok"));
    Files.writeString(root.resolve("ok/b.txt"), "b", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("z.txt"), "z", StandardCharsets.UTF_8);
    Path secret = Files.createDirectories(root.resolve("secret"));
    Files.writeString(secret.resolve("a.txt"), "a", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    boolean root0 = "root".equals(System.getProperty("user.name"));
    String out;
    List<String> cmd = new ArrayList<>();
    if (root0) {
      cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    // the build folder may sit under a folder only its owner can enter (mktemp -d is 0700):
    // the walk runs from copies of the classes that user nobody can read
    Path classes = readableCopy(Path.of("target", "classes"), tmp.resolve("cp/classes"));
    Path testClasses = readableCopy(Path.of("target", "test-classes"), tmp.resolve("cp/test-classes"));
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classes + ":" + testClasses, LocalTreeMain.class.getName(), root.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the walk ends").isTrue();
    out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("the walk as %s exits 0: %s", root0 ? "nobody" : "this user", out).isZero();
    assertThat(out).as("walk output")
        .contains("problem secret: Cannot list folder: permission denied")
        .contains("file ok/b.txt").contains("file z.txt")
        .doesNotContain("secret/a.txt");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
  }

  /** Copies a class folder, every folder 755 and every file 644. */
  private static Path readableCopy(Path from, Path to) throws java.io.IOException {
    Path src = from.toAbsolutePath();
    try (java.util.stream.Stream<Path> walk = Files.walk(src)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(src.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
    for (Path p = to; p != null && p.startsWith(to.getParent().getParent()); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return to;
  }
}
