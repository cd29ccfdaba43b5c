package io.poweralgo.devledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The ledger on disk: {@code genesis.json} written once, then {@code blocks.jsonl}, one JSON line
 * per round or run of empty rounds, each forced to disk before the round is acknowledged. A crash
 * mid-write leaves a final line without its newline; that round was never acknowledged, so opening
 * drops it. A lock file keeps a second ledger process off the same folder.
 */
final class Journal implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Genesis genesis;
    private final List<JournalEntry> entries;
    private final FileChannel blocks;

    private Journal(Path dir, FileChannel lockChannel, FileLock lock, Genesis genesis, List<JournalEntry> entries,
                    FileChannel blocks) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.genesis = genesis;
        this.entries = entries;
        this.blocks = blocks;
    }

    /**
     * @param requested the genesis for a new journal; for an existing one it must be null or equal to
     *                  the stored genesis, so that a configuration change cannot silently fork the ledger
     */
    static Journal open(Path dir, Genesis requested) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve("ledger.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("the dev ledger journal " + dir + " is in use by another process");
            }
            Genesis genesis = genesis(dir, requested);
            Path blocksFile = dir.resolve("blocks.jsonl");
            List<JournalEntry> entries = readEntries(blocksFile);
            FileChannel blocks = FileChannel.open(blocksFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new Journal(dir, lockChannel, lock, genesis, entries, blocks);
        } catch (OverlappingFileLockException e) {
            closeQuietly(lockChannel);
            throw new IllegalStateException("the dev ledger journal " + dir + " is already open in this process", e);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new UncheckedIOException("cannot open the dev ledger journal " + dir, e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    Genesis genesis() {
        return genesis;
    }

    /** The rounds found on disk when the journal was opened, oldest first. */
    List<JournalEntry> entries() {
        return entries;
    }

    void append(JournalEntry entry) {
        ObjectNode line = MAPPER.createObjectNode()
                .put("round", entry.round())
                .put("at", entry.at().toString());
        if (entry instanceof JournalEntry.Group group) {
            line.put("txns", Base64.getEncoder().encodeToString(group.submission()));
        } else if (entry instanceof JournalEntry.EmptyRounds empty) {
            line.put("emptyRounds", empty.count());
        }
        long sizeBefore = -1;
        try {
            sizeBefore = blocks.size();
            ByteBuffer bytes = ByteBuffer.wrap((MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                blocks.write(bytes);
            }
            blocks.force(false);
        } catch (IOException e) {
            cutBackTo(sizeBefore);
            throw new UncheckedIOException("cannot write round " + entry.round() + " to the journal in " + dir, e);
        }
    }

    /**
     * The round was not made, so its partial line must not stay in the middle of the file, where
     * the next round's line would make it look like damage rather than a torn end.
     */
    private void cutBackTo(long size) {
        if (size < 0) {
            return;
        }
        try {
            blocks.truncate(size);
        } catch (IOException e) {
            log.warn("cannot remove a failed journal write; the ledger may not reopen dir={} cause={}", dir,
                    e.toString());
        }
    }

    @Override
    public void close() {
        closeQuietly(blocks);
        try {
            lock.release();
        } catch (IOException e) {
            log.warn("cannot release the dev ledger journal lock dir={} cause={}", dir, e.toString());
        }
        closeQuietly(lockChannel);
    }

    private static Genesis genesis(Path dir, Genesis requested) throws IOException {
        Path file = dir.resolve("genesis.json");
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8);
            if (requested != null && !GenesisJson.canonical(requested).equals(stored)) {
                throw new IllegalStateException("the dev ledger journal " + dir + " was started from another genesis"
                        + " (stored " + file + ", genesis id '" + GenesisJson.parse(stored).genesisId()
                        + "'); pass that genesis, none, or use an empty journal folder");
            }
            return GenesisJson.parse(stored);
        }
        if (Files.exists(dir.resolve("blocks.jsonl"))) {
            throw new IllegalStateException("the dev ledger journal " + dir + " has blocks but no genesis.json");
        }
        if (requested == null) {
            throw new IllegalStateException("the dev ledger journal " + dir + " is empty and no genesis was given");
        }
        Path written = dir.resolve("genesis.json.tmp");
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(GenesisJson.canonical(requested).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return requested;
    }

    private static List<JournalEntry> readEntries(Path file) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        byte[] bytes = Files.readAllBytes(file);
        int lineStart = 0;
        int lineNumber = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                entries.add(parse(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8), file, lineNumber));
                lineStart = i + 1;
                lineNumber++;
            }
        }
        if (lineStart < bytes.length) {
            log.warn("dropping the torn last line of the dev ledger journal file={} line={} bytes={}", file, lineNumber,
                    bytes.length - lineStart);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(lineStart);
                channel.force(false);
            }
        }
        return entries;
    }

    private static JournalEntry parse(String line, Path file, int lineNumber) {
        try {
            JsonNode node = MAPPER.readTree(line);
            long round = node.required("round").asLong();
            Instant at = Instant.parse(node.required("at").asText());
            if (node.has("txns")) {
                return new JournalEntry.Group(round, at, Base64.getDecoder().decode(node.get("txns").asText()));
            }
            return new JournalEntry.EmptyRounds(round, at, node.required("emptyRounds").asInt());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("the dev ledger journal " + file + " is damaged at line " + lineNumber
                    + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            log.warn("cannot close a dev ledger journal file cause={}", e.toString());
        }
    }
}
