package io.poweralgo.metering.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.FindMeter;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to a MongoDB-wire server on a free port through the official driver. */
class MeterRegistryProjectionTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final MeterPublicKey KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));
    private static final Instant LINKED_AT = Instant.parse("2026-11-24T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MeterRegistryProjection projection;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        projection = new MeterRegistryProjection(client.getDatabase("poweralgo"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void linked_meter_is_found_with_owner_and_key() {
        projection.on(new MeterLinked(ALICE, METER, KEY), LINKED_AT);

        assertThat(projection.handle(new FindMeter(METER)))
                .contains(new MeterRegistration(METER, ALICE, KEY, LINKED_AT));
    }

    @Test
    void redelivered_event_leaves_one_identical_document() {
        projection.on(new MeterLinked(ALICE, METER, KEY), LINKED_AT);
        Document before = meters().find().first();
        projection.on(new MeterLinked(ALICE, METER, KEY), LINKED_AT);

        assertThat(meters().countDocuments()).isOne();
        assertThat(meters().find().first()).isEqualTo(before);
    }

    @Test
    void unlink_by_a_former_owner_does_not_remove_the_new_owner() {
        projection.on(new MeterLinked(ALICE, METER, KEY), LINKED_AT);
        projection.on(new MeterUnlinked(ALICE, METER));
        projection.on(new MeterLinked(BOB, METER, KEY), LINKED_AT.plusSeconds(60));
        projection.on(new MeterUnlinked(ALICE, METER));

        assertThat(projection.handle(new FindMeter(METER))).map(MeterRegistration::owner).contains(BOB);
    }

    @Test
    void reset_empties_the_registry_for_a_replay() {
        projection.on(new MeterLinked(ALICE, METER, KEY), LINKED_AT);
        projection.reset();

        assertThat(projection.handle(new FindMeter(METER))).isEmpty();
    }

    private com.mongodb.client.MongoCollection<Document> meters() {
        return client.getDatabase("poweralgo").getCollection(MeterRegistryProjection.COLLECTION);
    }
}
