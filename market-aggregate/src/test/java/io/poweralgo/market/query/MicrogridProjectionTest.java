package io.poweralgo.market.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The microgrids' site and largest order as the read model keeps them: none until an admin sets one, then the last
 * one set.
 */
class MicrogridProjectionTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    private static final MicrogridSite BERLIN = new MicrogridSite(52.52, 13.405, ZoneId.of("Europe/Berlin"));

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private MicrogridProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        projection = new MicrogridProjection(client.getDatabase("poweralgo"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_microgrid_without_a_site_of_its_own_shows_none() {
        projection.on(new TariffsSet(MG, TARIFFS, ADMIN), AT);

        assertThat(projection.handle(new FindMicrogrids()).microgrids()).singleElement()
                                                                         .extracting(MicrogridView::site).isNull();
    }

    @Test
    void the_last_site_set_is_shown_with_who_set_it_when() {
        MicrogridSite sydney = new MicrogridSite(-33.87, 151.21, ZoneId.of("Australia/Sydney"));
        projection.on(new TariffsSet(MG, TARIFFS, ADMIN), AT);
        projection.on(new MicrogridSiteSet(MG, BERLIN, ADMIN), AT.plusSeconds(60));
        projection.on(new MicrogridSiteSet(MG, sydney, new AdminId("admin-2")), AT.plusSeconds(120));

        assertThat(projection.handle(new FindMicrogrids()).microgrids()).containsExactly(new MicrogridView(MG.value(),
                300_000L, 80_000L, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT.kPpm(), null, null,
                AT.plusSeconds(120), "admin-2", sydney));
    }

    @Test
    void a_site_set_before_the_tariffs_leaves_them_unset_and_the_rules_at_their_defaults() {
        projection.on(new MicrogridSiteSet(MG, BERLIN, ADMIN), AT);

        assertThat(projection.handle(new FindMicrogrids()).microgrids()).containsExactly(new MicrogridView(MG.value(),
                null, null, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT.kPpm(), null, null, AT, "admin-1", BERLIN));
    }

    @Test
    void the_last_largest_order_set_is_shown_and_none_before() {
        projection.on(new TariffsSet(MG, TARIFFS, ADMIN), AT);
        assertThat(projection.handle(new FindMicrogrids()).microgrids()).singleElement()
                                                                         .extracting(MicrogridView::maxOrderWh).isNull();

        projection.on(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(500_000), ADMIN), AT.plusSeconds(60));
        projection.on(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(2_000), new AdminId("admin-2")),
                AT.plusSeconds(120));

        assertThat(projection.handle(new FindMicrogrids()).microgrids()).containsExactly(new MicrogridView(MG.value(),
                300_000L, 80_000L, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT.kPpm(), null, 2_000L,
                AT.plusSeconds(120), "admin-2", null));
    }
}
