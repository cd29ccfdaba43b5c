package io.poweralgo.market.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.FindProvisionedMeters;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.RatedPower;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The registered meters' read model gives the same answer whatever order its events from two aggregates arrive in. */
class ProvisionedMeterProjectionTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final MeterPublicKey KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final MeterRegistered REGISTERED = new MeterRegistered(METER, KEY, RatedPower.ofWatts(11_000),
            new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX").hashFor(METER), new OperatorId("operator-1"));

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private ProvisionedMeterProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        projection = new ProvisionedMeterProjection(client.getDatabase("poweralgo"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_claim_delivered_before_the_registration_gives_the_same_view() {
        projection.on(new MeterLinked(ALICE, METER, KEY));
        projection.on(REGISTERED, AT);

        assertThat(onlyMeter()).isEqualTo(new ProvisionedMeterView(METER, KEY, RatedPower.ofWatts(11_000),
                new OperatorId("operator-1"), AT, ALICE));
    }

    @Test
    void the_previous_holders_unlink_arriving_late_leaves_the_new_holder() {
        projection.on(REGISTERED, AT);
        projection.on(new MeterLinked(BOB, METER, KEY));
        projection.on(new MeterUnlinked(ALICE, METER));

        assertThat(onlyMeter().holder()).isEqualTo(BOB);
    }

    @Test
    void an_unclaimed_meter_has_no_holder_and_a_meter_no_operator_registered_is_not_listed() {
        projection.on(REGISTERED, AT);
        projection.on(new MeterLinked(ALICE, new MeterId("SM-LEGACY"), KEY));

        assertThat(onlyMeter().holder()).isNull();
    }

    private ProvisionedMeterView onlyMeter() {
        var meters = projection.handle(new FindProvisionedMeters(0, 10)).meters();
        assertThat(meters).hasSize(1);
        return meters.get(0);
    }
}
