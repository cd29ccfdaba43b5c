package io.poweralgo.settlement.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;

/**
 * Settlement views are stored as the JSON the API answers with, so a document and its view cannot
 * drift apart; the keys only a collection needs ({@code _id}, {@code deliveryStartAt}) are dropped
 * when a document is read back as a view.
 */
final class ViewDocuments {

    private final ObjectMapper json;

    ViewDocuments(ObjectMapper json) {
        this.json = json;
    }

    Document toDocument(Object view) {
        try {
            return Document.parse(json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T fromDocument(Document doc, Class<T> type) {
        Document copy = new Document(doc);
        copy.remove("_id");
        copy.remove("deliveryStartAt");
        return json.convertValue(copy, type);
    }

    static long number(Document doc, String field) {
        return ((Number) doc.get(field)).longValue();
    }
}
