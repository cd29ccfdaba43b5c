package io.poweralgo.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A value generated on first start and kept under the data directory: a secret of the default
 * profile (so that a restart can still read what it sealed or signed; other profiles take secrets
 * from configuration) or an instance's own identity, such as its MQTT session's client id.
 */
public final class LocalSecretFile {

    private static final Logger log = LoggerFactory.getLogger(LocalSecretFile.class);

    private LocalSecretFile() {
    }

    public static String readOrCreate(Path file, Supplier<String> generator, String purpose) {
        try {
            if (!Files.exists(file)) {
                create(file, generator.get(), purpose);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the " + purpose + " file " + file, e);
        }
    }

    private static void create(Path file, String secret, String purpose) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        Files.writeString(file, secret, StandardCharsets.US_ASCII);
        log.warn("generated a {} at {}; configure it explicitly to keep it when the data directory is replaced",
                purpose, file);
    }
}
