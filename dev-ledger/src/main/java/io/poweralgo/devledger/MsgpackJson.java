package io.poweralgo.devledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A signed transaction or a block in algod's JSON form (format=json): the msgpack structure with
 * byte strings in base64, except addresses, which algod writes in base32 like everywhere else.
 */
final class MsgpackJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ADDRESS_FIELDS = Set.of("snd", "rcv", "arcv", "close", "aclose", "asnd",
            "rekey", "sgnr");

    private MsgpackJson() {
    }

    static JsonNode of(byte[] msgpack) {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(msgpack)) {
            return toJson(unpacker.unpackValue(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("the ledger encodes only valid msgpack", e);
        }
    }

    private static JsonNode toJson(Value value, String key) {
        return switch (value.getValueType()) {
            case NIL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode(value.asBooleanValue().getBoolean());
            case INTEGER -> value.asIntegerValue().isInLongRange()
                    ? NODES.numberNode(value.asIntegerValue().toLong())
                    : NODES.numberNode(value.asIntegerValue().toBigInteger());
            case STRING -> NODES.textNode(value.asStringValue().asString());
            case BINARY -> binary(value.asBinaryValue().asByteArray(), key);
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                value.asArrayValue().forEach(element -> array.add(toJson(element, null)));
                yield array;
            }
            case MAP -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<Value, Value> field : value.asMapValue().entrySet()) {
                    String name = field.getKey().isStringValue() ? field.getKey().asStringValue().asString()
                            : field.getKey().toJson();
                    object.set(name, toJson(field.getValue(), name));
                }
                yield object;
            }
            default -> NODES.textNode(value.toJson());
        };
    }

    private static JsonNode binary(byte[] bytes, String key) {
        if (key != null && ADDRESS_FIELDS.contains(key) && bytes.length == 32) {
            return NODES.textNode(AccountKey.of(bytes).toString());
        }
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
}
