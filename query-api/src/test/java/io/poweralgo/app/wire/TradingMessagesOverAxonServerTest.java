package io.poweralgo.app.wire;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.SetTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.api.trading.TradingPreferencesView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

/** The trading preferences' messages as the event store and Axon Server carry them: each comes back equal, absent fields absent. */
class TradingMessagesOverAxonServerTest {

    private static final AppSerializers WIRE = AppSerializers.ofTheApp();
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final TradingPreferences SELLER =
            new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), 3_500L, 6_000L);
    private static final TradingPreferences BUYER = new TradingPreferences(false, Price.perKwh(250_000), null, null, null);

    static Stream<Object> messages() {
        return Stream.of(
                new SetTradingPreferences(ALICE, SELLER, ALICE),
                new SetTradingPreferences(ALICE, BUYER, ALICE),
                new TradingPreferencesSet(ALICE, SELLER, ALICE, AT),
                new TradingPreferencesSet(ALICE, BUYER, ALICE, AT),
                new FindTradingPreferences(ALICE),
                new TradingPreferencesView(ALICE, BUYER, AT, ALICE));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_message_crosses_the_wire_unchanged(Object message) {
        WIRE.carryAcrossTheWire(message);
    }
}
