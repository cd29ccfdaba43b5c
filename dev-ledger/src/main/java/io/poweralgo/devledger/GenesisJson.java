package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The genesis as canonical JSON: fixed field order, no whitespace, addresses in base32. The genesis
 * hash is SHA-512/256 of these bytes, so the same genesis always gives the same network.
 */
final class GenesisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GenesisJson() {
    }

    static String canonical(Genesis genesis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("genesisId", genesis.genesisId());
        ArrayNode accounts = root.putArray("accounts");
        for (Genesis.Allocation allocation : genesis.accounts()) {
            accounts.addObject()
                    .put("address", allocation.address().toString())
                    .put("microAlgos", allocation.microAlgos());
        }
        ArrayNode assets = root.putArray("assets");
        for (Genesis.AssetDefinition asset : genesis.assets()) {
            ObjectNode node = assets.addObject()
                    .put("assetId", asset.assetId())
                    .put("creator", asset.creator().toString())
                    .put("total", asset.total())
                    .put("decimals", asset.decimals())
                    .put("unitName", asset.unitName())
                    .put("name", asset.name());
            ArrayNode optedIn = node.putArray("optedIn");
            asset.optedIn().forEach(holder -> optedIn.add(holder.toString()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    static byte[] hash(Genesis genesis) {
        return Sha512_256.hash(canonical(genesis).getBytes(StandardCharsets.UTF_8));
    }

    static Genesis parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<Genesis.Allocation> accounts = new ArrayList<>();
            for (JsonNode account : root.required("accounts")) {
                accounts.add(new Genesis.Allocation(address(account.required("address")),
                        account.required("microAlgos").asLong()));
            }
            List<Genesis.AssetDefinition> assets = new ArrayList<>();
            for (JsonNode asset : root.required("assets")) {
                List<Address> optedIn = new ArrayList<>();
                for (JsonNode holder : asset.required("optedIn")) {
                    optedIn.add(address(holder));
                }
                assets.add(new Genesis.AssetDefinition(asset.required("assetId").asLong(),
                        address(asset.required("creator")), asset.required("total").asLong(),
                        asset.required("decimals").asInt(), asset.required("unitName").asText(),
                        asset.required("name").asText(), optedIn));
            }
            return new Genesis(root.required("genesisId").asText(), accounts, assets);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored genesis is not readable: " + e.getMessage(), e);
        }
    }

    private static Address address(JsonNode node) {
        try {
            return new Address(node.asText());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512/256 is part of every Java 17 runtime", e);
        }
    }
}
