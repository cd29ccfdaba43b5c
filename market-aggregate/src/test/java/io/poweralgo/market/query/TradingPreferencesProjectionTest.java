package io.poweralgo.market.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.FindAutoTraders;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.api.trading.TradingPreferencesView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The households' trading preferences as the read model keeps them: the last ones set, whole, and who set them when;
 * and which households of a microgrid trade automatically.
 */
class TradingPreferencesProjectionTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final ParticipantId CAROL = new ParticipantId("carol");
    private static final MicrogridId GRID = new MicrogridId("mg-1");
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final TradingPreferences SELLER =
            new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), 3_500L, 6_000L);
    private static final TradingPreferences BARE = new TradingPreferences(false, Price.perKwh(200_000), null, null, null);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private TradingPreferencesProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        projection = new TradingPreferencesProjection(client.getDatabase("poweralgo"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_household_without_preferences_has_none() {
        assertThat(projection.handle(new FindTradingPreferences(ALICE))).isEmpty();
    }

    @Test
    void the_preferences_set_are_answered_with_who_set_them_when() {
        projection.on(new TradingPreferencesSet(ALICE, SELLER, ALICE, AT));

        assertThat(projection.handle(new FindTradingPreferences(ALICE)))
                .contains(new TradingPreferencesView(ALICE, SELLER, AT, ALICE));
        assertThat(projection.handle(new FindTradingPreferences(BOB))).isEmpty();
    }

    @Test
    void new_preferences_replace_the_old_ones_whole_and_absent_fields_stay_absent() {
        projection.on(new TradingPreferencesSet(ALICE, SELLER, ALICE, AT));
        projection.on(new TradingPreferencesSet(ALICE, BARE, ALICE, AT.plusSeconds(60)));

        assertThat(projection.handle(new FindTradingPreferences(ALICE)))
                .contains(new TradingPreferencesView(ALICE, BARE, AT.plusSeconds(60), ALICE));
    }

    @Test
    void handling_the_same_event_again_gives_the_same_document() {
        TradingPreferencesSet set = new TradingPreferencesSet(ALICE, SELLER, ALICE, AT);
        projection.on(set);
        projection.on(set);

        assertThat(projection.handle(new FindTradingPreferences(ALICE)))
                .contains(new TradingPreferencesView(ALICE, SELLER, AT, ALICE));
    }

    @Test
    void a_reset_empties_the_read_model() {
        projection.on(new TradingPreferencesSet(ALICE, SELLER, ALICE, AT));
        projection.reset();

        assertThat(projection.handle(new FindTradingPreferences(ALICE))).isEmpty();
    }

    @Test
    void a_registered_household_has_no_preferences_until_it_sets_them() {
        projection.on(registered(ALICE, GRID));

        assertThat(projection.handle(new FindTradingPreferences(ALICE))).isEmpty();
        assertThat(projection.handle(new FindAutoTraders(GRID)).preferences()).isEmpty();
    }

    @Test
    void the_auto_traders_of_a_microgrid_are_its_households_with_automatic_trading_on() {
        projection.on(registered(ALICE, GRID));
        projection.on(registered(BOB, GRID));
        projection.on(registered(CAROL, new MicrogridId("mg-2")));
        projection.on(new TradingPreferencesSet(ALICE, SELLER, ALICE, AT));
        projection.on(new TradingPreferencesSet(BOB, BARE, BOB, AT));
        projection.on(new TradingPreferencesSet(CAROL, SELLER, CAROL, AT));

        assertThat(projection.handle(new FindAutoTraders(GRID)).preferences())
                .containsExactly(new TradingPreferencesView(ALICE, SELLER, AT, ALICE));
    }

    @Test
    void setting_preferences_keeps_the_microgrid() {
        projection.on(registered(ALICE, GRID));
        projection.on(new TradingPreferencesSet(ALICE, BARE, ALICE, AT));
        projection.on(new TradingPreferencesSet(ALICE, SELLER, ALICE, AT.plusSeconds(60)));

        assertThat(projection.handle(new FindAutoTraders(GRID)).preferences())
                .containsExactly(new TradingPreferencesView(ALICE, SELLER, AT.plusSeconds(60), ALICE));
    }

    private static ParticipantRegistered registered(ParticipantId participant, MicrogridId microgrid) {
        return new ParticipantRegistered(participant, Role.PROSUMER, microgrid, participant.value(),
                new EmailAddress(participant.value() + "@example.org"));
    }
}
