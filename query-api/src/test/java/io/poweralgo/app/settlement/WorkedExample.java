package io.poweralgo.app.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.config.PlatformClock;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * DESIGN §4's worked example played through the API: two prosumers offer, two consumers bid, the
 * market clears at 150,000 per kWh, and the meters measure S1 2,000 Wh, S2 1,500 Wh exported and
 * B1 3,000 Wh, B2 1,000 Wh imported. The pool nets S1 +225,000, S2 +150,000, B1 −267,900 and
 * B2 −107,100 micro-units.
 */
public final class WorkedExample {

    public static final String MICROGRID = "mg-1";
    public static final String SEED = "settlement-it";

    /**
     * Settings of an application that plays the example without waiting: long graces keep the
     * deadlines out of the way, so that readings close the hours, and the market scheduler and the
     * deadline poller look every second.
     */
    public static final Map<String, String> PROMPT_SETTINGS = Map.of("poweralgo.metering.close-grace", "6h",
            "poweralgo.settlement.grace", "6h", "poweralgo.market.scheduler-interval", "1s",
            "db-scheduler.polling-interval", "1s");

    public record Trader(String name, String id, String token, String role, String meterId, long importWh, long exportWh,
                  long netMicro) {
    }

    public final List<Trader> traders;
    public final String market;
    public final Instant deliveryStart;

    private WorkedExample(List<Trader> traders, String market, Instant deliveryStart) {
        this.traders = traders;
        this.market = market;
        this.deliveryStart = deliveryStart;
    }

    /** Registers and approves the four traders with their meters and picks a market two hours after {@code now}. */
    public static WorkedExample register(Api api, String admin, Instant now) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Trader> traders = List.of(
                trader(api, admin, "S1", "PROSUMER", tag, 0, 2_000, 225_000),
                trader(api, admin, "S2", "PROSUMER", tag, 0, 1_500, 150_000),
                trader(api, admin, "B1", "CONSUMER", tag, 3_000, 0, -267_900),
                trader(api, admin, "B2", "CONSUMER", tag, 1_000, 0, -107_100));
        Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        return new WorkedExample(traders, MICROGRID + ":" + start.toString().replace(":00Z", "Z"), start);
    }

    /**
     * Registered, ordered and cleared on a running application; then the platform clock is moved
     * past the delivery hour, so that its readings are in the past without waiting for the hour.
     */
    public static WorkedExample cleared(RunningApp app, String admin) {
        Api api = app.api();
        PlatformClock clock = app.bean(PlatformClock.class);
        WorkedExample example = register(api, admin, clock.instant());
        example.awaitMarket(api, admin);
        example.placeOrders(api);
        example.closeGate(api, admin);
        clock.advance(Duration.between(clock.instant(), example.deliveryEnd().plus(Duration.ofMinutes(10))));
        return example;
    }

    public static void setTariffs(Api api, String admin) {
        Api.Response tariffs = api.put("/api/admin/microgrids/" + MICROGRID + "/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
        if (tariffs.status() != 200) {
            throw new AssertionError("tariffs refused: " + tariffs);
        }
    }

    /**
     * The same traders and market, but S1 exports only 1,000 Wh of the 3,000 it sold. M = 2,000 Wh:
     * B1 is matched 1,429 Wh and B2 571 Wh (they pay 214,350 and 85,650), S1 and S2 each receive
     * 150,000; the buyers' unmet 1,500 Wh are compensated at 150,000 per kWh (160,650 + 64,350),
     * all charged to S1. Nets: S1 −75,000, S2 +150,000, B1 −53,700, B2 −21,300.
     */
    public WorkedExample withShortSeller() {
        Map<String, long[]> meteredAndNet = Map.of("S1", new long[] {0, 1_000, -75_000}, "S2", new long[] {0, 1_500, 150_000},
                "B1", new long[] {3_000, 0, -53_700}, "B2", new long[] {1_000, 0, -21_300});
        List<Trader> remetered = traders.stream().map(t -> {
            long[] values = meteredAndNet.get(t.name());
            return new Trader(t.name(), t.id(), t.token(), t.role(), t.meterId(), values[0], values[1], values[2]);
        }).toList();
        return new WorkedExample(remetered, market, deliveryStart);
    }

    public Trader trader(String name) {
        return traders.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    public Instant deliveryEnd() {
        return deliveryStart.plus(Duration.ofHours(1));
    }

    /** Until the scheduler has opened the market. */
    public void awaitMarket(Api api, String token) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/markets/" + market, token).status() == 200);
    }

    /** The market once it has reached this state. */
    public JsonNode awaitState(Api api, String token, String state) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/api/markets/" + market, token).body(),
                body -> state.equals(body.get("state").asText()));
    }

    /** S1 offers 3,000 Wh and S2 1,000 Wh at 100,000; B1 bids 2,500 Wh and B2 1,500 Wh at 200,000. */
    public void placeOrders(Api api) {
        order(api, trader("S1"), "offers", 3_000, 100_000);
        order(api, trader("S2"), "offers", 1_000, 100_000);
        order(api, trader("B1"), "bids", 2_500, 200_000);
        order(api, trader("B2"), "bids", 1_500, 200_000);
    }

    public void closeGate(Api api, String admin) {
        Api.Response closed = api.post("/api/dev/markets/" + market + "/close-gate", admin, "");
        if (closed.status() != 200 || !"CLEARED".equals(closed.text("state"))) {
            throw new AssertionError("gate closure failed: " + closed);
        }
    }

    /** Readings at the start, the middle and the end of the delivery hour; the last one, in the next hour, closes it. */
    public void publishReadings(MeterGateway gateway) {
        for (Trader trader : traders) {
            MeterKey key = MeterKey.derive(SEED, trader.meterId());
            long baseImport = 50_000;
            long baseExport = 20_000;
            publish(gateway, key, trader, deliveryStart, baseImport, baseExport, 1);
            publish(gateway, key, trader, deliveryStart.plus(Duration.ofMinutes(30)), baseImport + trader.importWh() / 2,
                    baseExport + trader.exportWh() / 2, 2);
            publish(gateway, key, trader, deliveryEnd(), baseImport + trader.importWh(), baseExport + trader.exportWh(), 3);
        }
    }

    private static void publish(MeterGateway gateway, MeterKey key, Trader trader, Instant at, long importWh,
                                long exportWh, long seq) {
        String payload = ReadingPayload.signed(key, trader.meterId(), at.toString(), importWh, exportWh, seq);
        gateway.publish("poweralgo/meters/" + trader.meterId() + "/readings", payload).join();
    }

    private void order(Api api, Trader trader, String side, long quantityWh, long limit) {
        Api.Response placed = api.post("/api/markets/" + market + "/" + side, trader.token(),
                Map.of("quantityWh", quantityWh, "limitPricePerKwh", limit));
        if (placed.status() != 201) {
            throw new AssertionError(trader.name() + " order refused: " + placed);
        }
    }

    private static Trader trader(Api api, String admin, String name, String role, String tag, long importWh,
                                 long exportWh, long netMicro) {
        String id = api.approvedParticipant(role, name.toLowerCase() + "-" + tag + "@example.org", admin);
        String token = api.devToken(id, role);
        String meterId = "SM-" + name + "-" + tag.toUpperCase();
        api.provisionAndClaim(id, token, api.devToken("operator", "METER_OPERATOR"), meterId,
                MeterKey.derive(SEED, meterId).publicKeyBase64());
        return new Trader(name, id, token, role, meterId, importWh, exportWh, netMicro);
    }
}
