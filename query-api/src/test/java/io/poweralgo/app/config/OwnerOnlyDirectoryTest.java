package io.poweralgo.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OwnerOnlyDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void what_is_there_at_start_is_restricted_to_the_owner() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data/ledger"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x"))).getParent();
        Path journal = Files.createFile(data.resolve("ledger/journal"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        try (OwnerOnlyDirectory ignored = OwnerOnlyDirectory.secure(data)) {
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OwnerOnlyDirectory.DIRECTORY);
            assertThat(Files.getPosixFilePermissions(data.resolve("ledger"))).isEqualTo(OwnerOnlyDirectory.DIRECTORY);
            assertThat(Files.getPosixFilePermissions(journal)).isEqualTo(OwnerOnlyDirectory.FILE);
        }
    }

    @Test
    void files_and_directories_created_later_are_restricted_too() throws Exception {
        Path data = temp.resolve("data");
        try (OwnerOnlyDirectory ignored = OwnerOnlyDirectory.secure(data)) {
            Path file = Files.createFile(data.resolve("eventstore.mv.db"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
            Path nested = Files.createDirectories(data.resolve("mqtt/persistence"));
            Path deep = Files.createFile(nested.resolve("queue.xd"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));

            await().untilAsserted(() -> {
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyDirectory.FILE);
                assertThat(Files.getPosixFilePermissions(nested)).isEqualTo(OwnerOnlyDirectory.DIRECTORY);
                assertThat(Files.getPosixFilePermissions(nested.getParent())).isEqualTo(OwnerOnlyDirectory.DIRECTORY);
                assertThat(Files.getPosixFilePermissions(deep)).isEqualTo(OwnerOnlyDirectory.FILE);
            });
        }
    }
}
