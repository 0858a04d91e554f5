package org.crosscheck.server.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files and folders only their owner may read: the server's index and token file hold what a private server keeps
 * from other users of the machine. On a file system without POSIX permissions they keep the defaults. Stateless.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    public static final Set<PosixFilePermission> FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates a folder (and its parents) if missing, and makes it the owner's alone. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, FOLDER);
        return dir;
    }

    /** Writes a file that is created readable by its owner only (never briefly readable by others). */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        FileAttribute<?>[] attrs = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel ch = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attrs)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    /** Makes an existing file the owner's alone. */
    public static void file(Path file) throws IOException {
        restrict(file, FILE);
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
