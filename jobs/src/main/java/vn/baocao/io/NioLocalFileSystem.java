package vn.baocao.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system, setting permissions through {@code java.nio} instead of a
 * {@code chmod} process.
 *
 * <p>Without Hadoop's native library (Spark's distribution has none), {@link RawLocalFileSystem}
 * forks {@code chmod} for every file and folder it creates with a permission: 118 processes in a
 * run over the five seeds (folders and files of the output committers), about 5 ms each here.
 * The modes are the same; only how they are set changes. A mode with bits beyond {@code 0777}
 * (sticky, setuid) or a file system without POSIX permissions goes to Hadoop's own code.
 *
 * <p>The job's session selects it for {@code file:} paths on a local master
 * ({@code spark.hadoop.fs.file.impl}); a value the user set wins. Executors of a cluster keep
 * Hadoop's own: they would have to load it from the application's jar first.
 */
public class NioLocalFileSystem extends LocalFileSystem {

  /** Hadoop's configuration key naming the class of {@code file:} file systems. */
  public static final String IMPL_KEY = "fs.file.impl";

  /** Made by Hadoop's {@code FileSystem.get} through reflection. */
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The unchecksummed file system underneath, where permissions are set. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      java.nio.file.Path file = pathToFile(p).toPath();
      if ((mode & ~0777) != 0 || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(file, permissions(mode));
    }
  }

  /** The permissions of the low nine bits of {@code mode} ({@code 0644} is rw-r--r--), from Hadoop's own symbols. */
  static Set<PosixFilePermission> permissions(int mode) {
    return PosixFilePermissions.fromString(new FsPermission((short) (mode & 0777)).toString());
  }
}
