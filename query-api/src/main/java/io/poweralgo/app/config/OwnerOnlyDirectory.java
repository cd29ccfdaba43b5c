package io.poweralgo.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A directory only the platform's own user may read: itself and every directory under it 0700,
 * every file 0600. The event store, read models, ledger state and key files live under the data
 * directory, and the libraries that write them (H2, HiveMQ) create files with the process's umask.
 * Java cannot set a umask, so the tree is tightened when the application starts and each new entry
 * as soon as the file system reports it; the directory's own 0700 already keeps others out meanwhile.
 * Where the file system has no POSIX permissions, it says so once and changes nothing.
 */
public final class OwnerOnlyDirectory implements AutoCloseable {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyDirectory.class);

    private final Path root;
    private final WatchService watcher;
    private final Thread watching;

    private OwnerOnlyDirectory(Path root, WatchService watcher) {
        this.root = root;
        this.watcher = watcher;
        this.watching = new Thread(this::watch, "data-dir-permissions");
        this.watching.setDaemon(true);
    }

    /** Creates {@code root} if needed, tightens what is in it, and keeps tightening what appears later. */
    public static OwnerOnlyDirectory secure(Path root) {
        try {
            Files.createDirectories(root);
            if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
                log.warn("data directory permissions not enforced dir={} reason=\"file system has no POSIX permissions\"",
                        root);
                return new OwnerOnlyDirectory(root, null);
            }
            OwnerOnlyDirectory directory = new OwnerOnlyDirectory(root, FileSystems.getDefault().newWatchService());
            directory.tightenTree(root);
            directory.watching.start();
            log.info("data directory restricted to its owner dir={} directories=rwx------ files=rw-------", root);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data directory " + root, e);
        }
    }

    /**
     * Registers every directory of the tree for new entries, then tightens each entry. An entry a
     * library removes while the tree is walked is skipped, never the rest of the tree.
     */
    private void tightenTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                try {
                    directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
                } catch (NoSuchFileException goneMeanwhile) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                tighten(directory);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                tighten(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    private static void tighten(Path entry) throws IOException {
        if (Files.isSymbolicLink(entry)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(entry, Files.isDirectory(entry) ? DIRECTORY : FILE);
        } catch (NoSuchFileException goneMeanwhile) {
            // a temporary file the library already removed
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path directory = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        tightenTree(root);
                    } else {
                        Path created = directory.resolve((Path) event.context());
                        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                            tightenTree(created);
                        } else {
                            tighten(created);
                        }
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // closed with the application
        } catch (IOException e) {
            log.error("data directory permissions no longer enforced dir={} reason=\"{}\"", root, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
