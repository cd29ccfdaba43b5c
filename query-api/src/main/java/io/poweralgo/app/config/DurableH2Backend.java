package io.poweralgo.app.config;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The embedded read-model store, committed to its file after every request. H2's MVStore commits
 * in the background about once a second by default, so a killed process lost the last writes of
 * the projections while their tokens, committed in the event store, had moved past those events:
 * documents went missing for good (the settlement crash test found it). The driver sends every
 * request as an OP_MSG message; a commit with nothing changed costs nothing.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commit();
        }
    }
}
