package io.poweralgo.app.wire;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.SetMicrogridSite;
import io.poweralgo.api.participant.AdminId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A microgrid's site as the event store and Axon Server carry it: back equal, its time zone stored by its name. */
class MicrogridSiteMessagesOverAxonServerTest {

    private static final AppSerializers WIRE = AppSerializers.ofTheApp();
    private static final MicrogridId MICROGRID = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final MicrogridSite BERLIN = new MicrogridSite(52.52, 13.405, ZoneId.of("Europe/Berlin"));
    private static final MicrogridSite QUITO = new MicrogridSite(-0.18, -78.47, ZoneId.of("America/Guayaquil"));

    static Stream<Object> messages() {
        return Stream.of(new SetMicrogridSite(MICROGRID, BERLIN, ADMIN), new MicrogridSiteSet(MICROGRID, BERLIN, ADMIN),
                new MicrogridSiteSet(MICROGRID, QUITO, ADMIN));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_message_crosses_the_wire_unchanged(Object message) {
        WIRE.carryAcrossTheWire(message);
    }

    @Test
    void the_stored_event_names_the_time_zone() {
        byte[] stored = WIRE.carryAcrossTheWire(new MicrogridSiteSet(MICROGRID, BERLIN, ADMIN));

        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"zone\":\"Europe/Berlin\"")
                                                              .contains("\"latitudeDeg\":52.52");
    }
}
