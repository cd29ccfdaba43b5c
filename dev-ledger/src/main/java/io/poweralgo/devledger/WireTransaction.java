package io.poweralgo.devledger;

import java.util.List;

/**
 * The fields of one transaction as they are on the wire. Absent fields have algod's zero values:
 * 0, "", an empty array, or {@code null} for an absent 32-byte field. algosdk's own decoder is not
 * used for these because it turns an absent fee into the minimum fee.
 *
 * @param otherFields keys of fields this ledger does not support (close-to, rekey, clawback, ...)
 */
record WireTransaction(String type, AccountKey sender, long fee, long firstValid, long lastValid, byte[] note,
                       String genesisId, byte[] genesisHash, byte[] group, byte[] lease,
                       AccountKey receiver, long amount,
                       long assetId, long assetAmount, AccountKey assetReceiver,
                       long configAssetId, AssetParams assetParams,
                       List<String> otherFields) {

    static final String PAYMENT = "pay";
    static final String ASSET_TRANSFER = "axfer";
    static final String ASSET_CONFIG = "acfg";

    /** The {@code apar} map of an asset configuration: what a created asset is; {@code null} when absent. */
    record AssetParams(long total, int decimals, String unitName, String assetName, List<String> otherFields) {
    }

    boolean hasGroup() {
        return group != null;
    }

    boolean hasLease() {
        return lease != null;
    }

    boolean isPayment() {
        return PAYMENT.equals(type);
    }

    boolean isAssetTransfer() {
        return ASSET_TRANSFER.equals(type);
    }

    boolean isAssetConfig() {
        return ASSET_CONFIG.equals(type);
    }

    /** algod creates an asset from an asset configuration that names no asset ({@code caid} 0) and has parameters. */
    boolean isAssetCreation() {
        return isAssetConfig() && configAssetId == 0 && assetParams != null;
    }

    /** An opt-in is a zero-amount asset transfer from an account to itself. */
    boolean isAssetOptIn() {
        return isAssetTransfer() && assetAmount == 0 && assetReceiver.equals(sender);
    }

    /** Mutable collector while the msgpack map is read; absent fields keep their zero values. */
    static final class Builder {
        String type = "";
        AccountKey sender = AccountKey.ZERO;
        long fee;
        long firstValid;
        long lastValid;
        byte[] note = new byte[0];
        String genesisId = "";
        byte[] genesisHash;
        byte[] group;
        byte[] lease;
        AccountKey receiver = AccountKey.ZERO;
        long amount;
        long assetId;
        long assetAmount;
        AccountKey assetReceiver = AccountKey.ZERO;
        long configAssetId;
        AssetParams assetParams;
        final List<String> otherFields = new java.util.ArrayList<>();

        WireTransaction build() {
            return new WireTransaction(type, sender, fee, firstValid, lastValid, note, genesisId, genesisHash, group,
                    lease, receiver, amount, assetId, assetAmount, assetReceiver, configAssetId, assetParams,
                    List.copyOf(otherFields));
        }
    }
}
