package io.poweralgo.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps the event store, the read models, the broker's sessions, the dev
 * ledger and the key files under the data directory: none of it may be readable by another user.
 */
class DataDirectoryPermissionsIT {

    @TempDir
    Path temp;

    @Test
    void every_file_under_the_data_directory_is_the_owners_alone() throws Exception {
        Path dataDir = temp.resolve("data");
        try (RunningApp app = RunningApp.start(dataDir, "poweralgo.mqtt.enabled=true")) {
            Api api = app.api();
            String admin = api.devToken("admin-1", "ADMIN");
            api.approvedParticipant("PROSUMER", "perm-" + UUID.randomUUID() + "@example.org", admin);

            assertThat(Files.exists(dataDir.resolve("eventstore.mv.db"))).isTrue();
            assertThat(Files.exists(dataDir.resolve("custody-master.key"))).isTrue();
            await().ignoreExceptions().untilAsserted(() -> assertThat(notOwnerOnly(dataDir)).isEmpty());
        }
    }

    private static Map<String, String> notOwnerOnly(Path dataDir) throws Exception {
        Set<PosixFilePermission> directory = PosixFilePermissions.fromString("rwx------");
        Set<PosixFilePermission> file = PosixFilePermissions.fromString("rw-------");
        Map<String, String> loose = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(dataDir)) {
            for (Path entry : (Iterable<Path>) tree::iterator) {
                if (Files.isSymbolicLink(entry) || !Files.exists(entry)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                if (!permissions.equals(Files.isDirectory(entry) ? directory : file)) {
                    loose.put(dataDir.relativize(entry).toString(), PosixFilePermissions.toString(permissions));
                }
            }
        }
        return loose;
    }
}
