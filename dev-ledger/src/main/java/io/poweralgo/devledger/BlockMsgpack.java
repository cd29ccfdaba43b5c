package io.poweralgo.devledger;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A block as algod encodes it for {@code GET /v2/blocks/{round}?format=msgpack}: {@code {"block": {...}}}
 * with the header fields the platform reads ({@code gen}, {@code gh}, {@code proto}, {@code rnd},
 * {@code ts}) and the payset {@code txns}, each transaction in algod's SignedTxnInBlock form: the
 * genesis id and hash left out of {@code txn} and flagged {@code hgi}/{@code hgh} instead, apply data
 * such as {@code caid} beside it. Keys are sorted, as in algod's canonical msgpack.
 */
final class BlockMsgpack {

    private BlockMsgpack() {
    }

    /** @param headerOnly algod's {@code header-only=true}: the header without the payset */
    static byte[] encode(BlockHistory.Block block, String genesisId, byte[] genesisHash, boolean headerOnly) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            boolean withTransactions = !headerOnly && !block.transactions().isEmpty();
            packer.packMapHeader(1).packString("block");
            packer.packMapHeader(withTransactions ? 6 : 5);
            packer.packString("gen").packString(genesisId);
            packer.packString("gh").packBinaryHeader(genesisHash.length).addPayload(genesisHash);
            packer.packString("proto").packString(AlgodJson.CONSENSUS_VERSION);
            packer.packString("rnd").packLong(block.round());
            packer.packString("ts").packLong(block.timestamp().getEpochSecond());
            if (withTransactions) {
                packer.packString("txns").packArrayHeader(block.transactions().size());
                for (ConfirmedTransaction transaction : block.transactions()) {
                    packSignedTxnInBlock(packer, transaction, genesisId, genesisHash);
                }
            }
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing into memory cannot fail", e);
        }
    }

    private static void packSignedTxnInBlock(MessageBufferPacker packer, ConfirmedTransaction confirmed,
                                             String genesisId, byte[] genesisHash) throws IOException {
        Map<String, Value> signed = map(confirmed.signedTransaction());
        Map<String, Value> txn = new TreeMap<>();
        signed.get("txn").asMapValue().map().forEach((key, value) -> txn.put(key.asStringValue().asString(), value));
        Map<String, Value> stib = new TreeMap<>(signed);
        Value gen = txn.remove("gen");
        Value gh = txn.remove("gh");
        if (gen != null && !gen.asStringValue().asString().equals(genesisId)
                || gh != null && !Arrays.equals(gh.asBinaryValue().asByteArray(), genesisHash)) {
            throw new IllegalStateException("a confirmed transaction names another network than this ledger's");
        }
        // caid, hgh and hgi sort before every SignedTxn field (lsig, msig, sgnr, sig, txn)
        packer.packMapHeader(stib.size() + (gen == null ? 0 : 1) + (gh == null ? 0 : 1)
                + (confirmed.createdAssetId() == null ? 0 : 1));
        if (confirmed.createdAssetId() != null) {
            packer.packString("caid").packLong(confirmed.createdAssetId());
        }
        if (gh != null) {
            packer.packString("hgh").packBoolean(true);
        }
        if (gen != null) {
            packer.packString("hgi").packBoolean(true);
        }
        for (Map.Entry<String, Value> field : stib.entrySet()) {
            packer.packString(field.getKey());
            if (field.getKey().equals("txn")) {
                packer.packMapHeader(txn.size());
                for (Map.Entry<String, Value> txnField : txn.entrySet()) {
                    packer.packString(txnField.getKey()).packValue(txnField.getValue());
                }
            } else {
                packer.packValue(field.getValue());
            }
        }
    }

    private static Map<String, Value> map(byte[] msgpack) throws IOException {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(msgpack)) {
            Map<String, Value> fields = new TreeMap<>();
            unpacker.unpackValue().asMapValue().map()
                    .forEach((key, value) -> fields.put(key.asStringValue().asString(), value));
            return fields;
        }
    }
}
