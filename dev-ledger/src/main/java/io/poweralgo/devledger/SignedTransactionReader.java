package io.poweralgo.devledger;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a submission (concatenated msgpack signed transactions, as algod's POST /v2/transactions
 * takes them) and reads each one. Ids are computed from the submitted bytes of each {@code txn}
 * map, never from a re-encoding: algosdk's decoder changes a zero fee into the minimum fee, so a
 * decoded and re-encoded transaction may not be the one that was signed.
 */
final class SignedTransactionReader {

    static final int MAX_GROUP_SIZE = 16;

    private SignedTransactionReader() {
    }

    static List<SubmittedTransaction> read(byte[] submission) {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(submission)) {
            List<SubmittedTransaction> group = new ArrayList<>();
            while (unpacker.hasNext()) {
                if (group.size() == MAX_GROUP_SIZE) {
                    throw new LedgerRejection("max group size is " + MAX_GROUP_SIZE);
                }
                int start = (int) unpacker.getTotalReadBytes();
                unpacker.skipValue();
                group.add(readSigned(Arrays.copyOfRange(submission, start, (int) unpacker.getTotalReadBytes())));
            }
            if (group.isEmpty()) {
                throw new LedgerRejection("empty txgroup");
            }
            return group;
        } catch (IOException | MessagePackException e) {
            throw new LedgerRejection("msgpack decode error: " + e.getMessage());
        }
    }

    private static SubmittedTransaction readSigned(byte[] signedBytes) throws IOException {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(signedBytes)) {
            byte[] transactionBytes = null;
            byte[] signature = null;
            String otherAuthorization = null;
            int fields = unpacker.unpackMapHeader();
            for (int i = 0; i < fields; i++) {
                String key = unpacker.unpackString();
                switch (key) {
                    case "txn" -> {
                        int start = (int) unpacker.getTotalReadBytes();
                        unpacker.skipValue();
                        transactionBytes = Arrays.copyOfRange(signedBytes, start, (int) unpacker.getTotalReadBytes());
                    }
                    case "sig" -> signature = unpacker.readPayload(unpacker.unpackBinaryHeader());
                    case "msig", "lsig", "sgnr" -> {
                        otherAuthorization = key;
                        unpacker.skipValue();
                    }
                    default -> throw new LedgerRejection("msgpack decode error: unknown field '" + key
                            + "' in a signed transaction");
                }
            }
            if (transactionBytes == null) {
                throw new LedgerRejection("msgpack decode error: a signed transaction without txn");
            }
            TransactionMap transaction = TransactionMap.read(transactionBytes);
            return new SubmittedTransaction(Sha512_256.transactionId(transactionBytes), transaction.fields(),
                    signedBytes, transactionBytes, transaction.withoutGroup(), Optional.ofNullable(signature),
                    Optional.ofNullable(otherAuthorization));
        }
    }

    /** A {@code txn} map read field by field, remembering where each field's bytes are. */
    private record TransactionMap(WireTransaction fields, byte[] bytes, List<int[]> fieldRanges, int groupField) {

        static TransactionMap read(byte[] bytes) throws IOException {
            try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
                WireTransaction.Builder txn = new WireTransaction.Builder();
                List<int[]> ranges = new ArrayList<>();
                int groupField = -1;
                int fields = unpacker.unpackMapHeader();
                for (int i = 0; i < fields; i++) {
                    int start = (int) unpacker.getTotalReadBytes();
                    String key = unpacker.unpackString();
                    readField(key, unpacker, txn);
                    if (key.equals("grp")) {
                        groupField = i;
                    }
                    ranges.add(new int[] {start, (int) unpacker.getTotalReadBytes()});
                }
                if (unpacker.hasNext()) {
                    throw new LedgerRejection("msgpack decode error: trailing bytes after a transaction");
                }
                return new TransactionMap(txn.build(), bytes, ranges, groupField);
            }
        }

        /**
         * The map without its {@code grp} field. Canonical msgpack (what algod and algosdk write)
         * sorts keys and uses the shortest map header, so dropping one field and rewriting the
         * header gives exactly the encoding of the transaction with an empty group.
         */
        byte[] withoutGroup() throws IOException {
            if (groupField < 0) {
                return bytes;
            }
            try (MessageBufferPacker header = MessagePack.newDefaultBufferPacker()) {
                header.packMapHeader(fieldRanges.size() - 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
                out.write(header.toByteArray());
                for (int i = 0; i < fieldRanges.size(); i++) {
                    if (i != groupField) {
                        int[] range = fieldRanges.get(i);
                        out.write(bytes, range[0], range[1] - range[0]);
                    }
                }
                return out.toByteArray();
            }
        }

        private static void readField(String key, MessageUnpacker unpacker, WireTransaction.Builder txn)
                throws IOException {
            switch (key) {
                case "type" -> txn.type = unpacker.unpackString();
                case "snd" -> txn.sender = AccountKey.of(bytes32(key, unpacker));
                case "fee" -> txn.fee = uint64(key, unpacker);
                case "fv" -> txn.firstValid = uint64(key, unpacker);
                case "lv" -> txn.lastValid = uint64(key, unpacker);
                case "note" -> txn.note = unpacker.readPayload(unpacker.unpackBinaryHeader());
                case "gen" -> txn.genesisId = unpacker.unpackString();
                case "gh" -> txn.genesisHash = bytes32(key, unpacker);
                case "grp" -> txn.group = bytes32(key, unpacker);
                case "lx" -> txn.lease = bytes32(key, unpacker);
                case "rcv" -> txn.receiver = AccountKey.of(bytes32(key, unpacker));
                case "amt" -> txn.amount = uint64(key, unpacker);
                case "xaid" -> txn.assetId = uint64(key, unpacker);
                case "aamt" -> txn.assetAmount = uint64(key, unpacker);
                case "arcv" -> txn.assetReceiver = AccountKey.of(bytes32(key, unpacker));
                case "caid" -> txn.configAssetId = uint64(key, unpacker);
                case "apar" -> txn.assetParams = assetParams(unpacker);
                default -> {
                    txn.otherFields.add(key);
                    unpacker.skipValue();
                }
            }
        }

        /** Total, decimals, unit and asset name; the roles (manager, reserve, freeze, clawback) and the rest are kept as names only. */
        private static WireTransaction.AssetParams assetParams(MessageUnpacker unpacker) throws IOException {
            int fields = unpacker.unpackMapHeader();
            long total = 0;
            int decimals = 0;
            String unitName = "";
            String assetName = "";
            List<String> others = new ArrayList<>();
            for (int i = 0; i < fields; i++) {
                String key = unpacker.unpackString();
                switch (key) {
                    case "t" -> total = uint64("apar.t", unpacker);
                    case "dc" -> decimals = (int) uint64("apar.dc", unpacker);
                    case "un" -> unitName = unpacker.unpackString();
                    case "an" -> assetName = unpacker.unpackString();
                    default -> {
                        others.add("apar." + key);
                        unpacker.skipValue();
                    }
                }
            }
            return new WireTransaction.AssetParams(total, decimals, unitName, assetName, List.copyOf(others));
        }

        private static byte[] bytes32(String key, MessageUnpacker unpacker) throws IOException {
            byte[] value = unpacker.readPayload(unpacker.unpackBinaryHeader());
            if (value.length != 32) {
                throw new LedgerRejection("msgpack decode error: field '" + key + "' has " + value.length
                        + " bytes, expected 32");
            }
            return value;
        }

        /**
         * algod's integers are uint64; amounts and rounds beyond Long.MAX_VALUE cannot occur on this
         * ledger (its supply is a long), so they are refused rather than carried as BigInteger.
         */
        private static long uint64(String key, MessageUnpacker unpacker) throws IOException {
            long value = unpacker.unpackLong();
            if (value < 0) {
                throw new LedgerRejection("msgpack decode error: field '" + key + "' is negative");
            }
            return value;
        }
    }
}
