package vn.baocao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The local file system that sets modes through java.nio leaves the same modes as Hadoop's. */
class NioLocalFileSystemTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0644, rw-r--r--", "0755, rwxr-xr-x", "0600, rw-------", "0777, rwxrwxrwx", "0000, ---------",
      "0421, r---w---x"})
  void nineBitsBecomeTheirPermissions(String octal, String expected) {
    assertThat(NioLocalFileSystem.permissions(Integer.parseInt(octal, 8)))
        .as("mode %s", octal).isEqualTo(PosixFilePermissions.fromString(expected));
  }

  /** Creates, makes folders and sets modes through {@code fs}; returns the modes found on disk. */
  private static String modes(FileSystem fs, Path root) throws IOException {
    org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(root.toUri());
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(base, "a/b");
    fs.mkdirs(dir, new FsPermission((short) 0750));
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, "part-0.csv");
    try (OutputStream os = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
      os.write(1);
    }
    org.apache.hadoop.fs.Path other = new org.apache.hadoop.fs.Path(dir, "_SUCCESS");
    fs.create(other, true).close();
    fs.setPermission(other, new FsPermission((short) 0604));
    return mode(root.resolve("a")) + " " + mode(root.resolve("a/b")) + " " + mode(root.resolve("a/b/part-0.csv"))
        + " " + mode(root.resolve("a/b/_SUCCESS"));
  }

  private static String mode(Path p) throws IOException {
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
    return PosixFilePermissions.toString(perms);
  }

  @Test
  void leavesTheModesHadoopsOwnLeaves() throws IOException {
    Configuration stock = new Configuration();
    Configuration nio = new Configuration();
    nio.set(NioLocalFileSystem.IMPL_KEY, NioLocalFileSystem.class.getName());
    try (FileSystem hadoops = FileSystem.newInstance(URI.create("file:///"), stock);
        FileSystem ours = FileSystem.newInstance(URI.create("file:///"), nio)) {
      assertThat(ours).as("the configured class is the one Hadoop makes").isInstanceOf(NioLocalFileSystem.class);
      assertThat(hadoops).as("the stock one for comparison").isNotInstanceOf(NioLocalFileSystem.class);
      String expected = modes(hadoops, Files.createDirectory(tmp.resolve("hadoop")));
      assertThat(modes(ours, Files.createDirectory(tmp.resolve("nio"))))
          .as("folders, a created file and a set mode, against Hadoop's chmod").isEqualTo(expected);
      // the parent made on the way has the process's umask, which a machine may set otherwise
      assertThat(expected).as("the modes asked for").endsWith(" rwxr-x--- rw-r----- rw----r--");
    }
  }

  @Test
  void aStickyModeGoesToHadoopsOwnCode() throws IOException {
    Configuration nio = new Configuration();
    nio.set(NioLocalFileSystem.IMPL_KEY, NioLocalFileSystem.class.getName());
    Path dir = Files.createDirectory(tmp.resolve("shared"));
    try (FileSystem ours = FileSystem.newInstance(URI.create("file:///"), nio)) {
      ours.setPermission(new org.apache.hadoop.fs.Path(dir.toUri()), new FsPermission((short) 01777));
    }
    assertThat(mode(dir)).as("the nine bits of 01777, set by chmod").isEqualTo("rwxrwxrwx");
    assertThat(((Integer) Files.getAttribute(dir, "unix:mode")) & 01000).as("and the sticky bit").isEqualTo(01000);
  }
}
