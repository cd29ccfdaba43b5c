package io.poweralgo.simulator.microgrid;

import io.poweralgo.forecast.model.PvModel;
import io.poweralgo.simulator.microgrid.report.AgentOrders;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MqttCredentials;
import io.poweralgo.simulator.meter.MeterKey;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A microgrid driven through the platform's real interfaces: households register, pass KYC and
 * link their meters over REST; every simulated hour they bid and offer, the gate is closed, the
 * platform clock is moved past the hour, and the meters publish signed readings over MQTT; the
 * platform then settles on its ledger on its own. At the end the simulator reads the statements,
 * the settlement audits and the ledger verifications back and checks the settlement invariants.
 */
public final class Simulation {

    static final long GRID_RETAIL_PRICE = 300_000;
    static final long FEED_IN_TARIFF = 80_000;
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final int WORKERS = 16;
    /** Within the platform's default bound on a manifest's rows. */
    private static final int MANIFEST_ROWS = 1_000;
    /** A household's grid connection (3 × 40 A); well above what the simulated loads and PV systems reach. */
    private static final long HOUSEHOLD_CONNECTION_WATTS = 27_600;

    /**
     * What to simulate and where the platform is. {@code start} is the first delivery hour (UTC, whole hour); null starts at the platform's next
     * 05:00 UTC at least two hours ahead, so that a day of simulation covers a whole day of sun;
     * {@code autoTrading} says which households trade through the platform's agent.
     */
    public record Options(int prosumers, int consumers, int hours, Duration speed, long seed, Instant start,
                          String apiUrl, URI broker, MqttCredentials mqtt, String microgrid, AutoTrading autoTrading,
                          PrintStream out) {

        public Options {
            if (prosumers < 1 || consumers < 0 || hours < 1 || speed.isNegative()) {
                throw new IllegalArgumentException("needs at least one prosumer and one hour, and a speed of zero or more");
            }
            if (start != null && !start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
                throw new IllegalArgumentException("the first hour must be a whole UTC hour, e.g. 2027-06-21T04:00:00Z");
            }
        }
    }

    private final Options options;
    private final PlatformClient platform;
    private final BiddingStrategy strategy = new BiddingStrategy(GRID_RETAIL_PRICE, FEED_IN_TARIFF);
    private final Map<String, Household.HourEnergy> published = new ConcurrentHashMap<>();
    /** Names this run's meters and MQTT client, so that runs on the same platform never collide. */
    private final String tag;

    public Simulation(Options options) {
        this.options = options;
        this.platform = new PlatformClient(options.apiUrl());
        this.tag = Long.toString(options.seed(), 36) + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    }

    public SimulationSummary run() {
        long started = System.nanoTime();
        String admin = platform.devToken("sim-admin", "ADMIN");
        String regulator = platform.devToken("sim-regulator", "REGULATOR");
        List<String> microgrids = microgrids();
        microgrids.forEach(microgrid -> platform.setTariffs(microgrid, GRID_RETAIL_PRICE, FEED_IN_TARIFF, admin));
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try (MeterGateway gateway = MeterGateway.connect(options.broker(), options.mqtt(), "sim-" + tag, Duration.ofSeconds(10))) {
            Map<String, List<Household>> households = register(plan(), microgrids, admin, workers);
            List<Household> everyone = households.values().stream().flatMap(List::stream).toList();
            long trading = System.nanoTime();
            Instant firstHour = firstHour(platform.now(admin));
            moveClockTo(firstHour.minus(Duration.ofMinutes(90)), admin);
            Map<String, List<String>> markets = new LinkedHashMap<>();
            microgrids.forEach(microgrid -> markets.put(microgrid, new ArrayList<>()));
            List<String> allMarkets = new ArrayList<>();
            Progress progress = new Progress(options.out(), options.hours(), options.hours() * microgrids.size());
            SettlementWatch settlements = new SettlementWatch(platform, regulator);
            AgentOrders agentOrders = AgentOrders.NONE;
            long lastReadingsSent = trading;
            for (int h = 0; h < options.hours(); h++) {
                long hourStarted = System.nanoTime();
                Instant hour = firstHour.plus(Duration.ofHours(h));
                for (String microgrid : microgrids) {
                    String market = microgrid + ":" + MINUTES.format(hour);
                    markets.get(microgrid).add(market);
                    allMarkets.add(market);
                    // each microgrid draws the same hour's randomness, so that the twin's households bid as in a run without agent
                    agentOrders = agentOrders.plus(trade(market, hour, households.get(microgrid), admin, workers,
                            new SplittableRandom(options.seed() * 31 + h)));
                }
                moveClockPast(hour, admin);
                publishReadings(hour, h == 0, everyone, gateway);
                lastReadingsSent = System.nanoTime();
                progress.hourDone(h + 1, settlements.poll(allMarkets), agentOrders);
                pace(hourStarted);
            }
            Instant lastHourEnded = Instant.now().minusNanos(System.nanoTime() - lastReadingsSent);
            awaitSettlements(allMarkets, settlements, progress);
            options.out().printf("%ntraded %d hours in %.1f s; %s%n", options.hours(), seconds(trading, lastReadingsSent),
                    settledAfter(settlements, allMarkets.size(), lastHourEnded));
            String twin = options.autoTrading().twinOf(options.microgrid());
            SimulationSummary ownBidding = markets.containsKey(twin)
                    ? new Results(platform, regulator, published, households.get(twin), firstHour, options)
                            .collect(markets.get(twin), Duration.ofNanos(System.nanoTime() - started), AgentOrders.NONE, null)
                    : null;
            SimulationSummary summary = new Results(platform, regulator, published, households.get(options.microgrid()),
                    firstHour, options).collect(markets.get(options.microgrid()), Duration.ofNanos(System.nanoTime() - started),
                    agentOrders, ownBidding);
            options.out().println();
            return summary;
        } finally {
            workers.shutdownNow();
        }
    }

    /** The simulated microgrid and, when automatic trading is compared with the households' own bidding, its twin. */
    private List<String> microgrids() {
        return options.autoTrading().ownBiddingTwin()
                ? List.of(options.microgrid(), options.autoTrading().twinOf(options.microgrid()))
                : List.of(options.microgrid());
    }

    /**
     * The households drawn from the seed, prosumers first; the first of each role (the configured share) trade
     * automatically. Their preferences come from a random stream of their own, so that the households and the
     * hourly bids of a seed stay what they were before automatic trading.
     */
    private List<HouseholdPlan> plan() {
        SplittableRandom random = new SplittableRandom(options.seed());
        SplittableRandom preferences = new SplittableRandom(~options.seed());
        int automaticProsumers = options.autoTrading().automaticOf(options.prosumers());
        int automaticConsumers = options.autoTrading().automaticOf(options.consumers());
        List<HouseholdPlan> plans = new ArrayList<>();
        for (int i = 0; i < options.prosumers() + options.consumers(); i++) {
            boolean prosumer = i < options.prosumers();
            long annualKwh = prosumer ? 3_000 + random.nextInt(2_500) : 2_000 + random.nextInt(2_500);
            double peakKw = 3 + random.nextInt(60) / 10.0;
            long pvSeed = random.nextLong();
            int number = prosumer ? i + 1 : i + 1 - options.prosumers();
            boolean automatic = number <= (prosumer ? automaticProsumers : automaticConsumers);
            plans.add(new HouseholdPlan(i, prosumer, number, annualKwh, peakKw, pvSeed, automatic,
                    strategy.preferencesFor(prosumer, annualKwh, peakKw, preferences)));
        }
        return plans;
    }

    /**
     * As in the field: the meter operator imports its vendor's manifest of every household's meter, then each
     * household registers, passes KYC and claims its meter with the code from its welcome letter; a household on
     * automatic trading then sets its preferences. A twin microgrid gets the same households, bidding themselves.
     */
    private Map<String, List<Household>> register(List<HouseholdPlan> plans, List<String> microgrids, String admin,
                                                  ExecutorService workers) {
        long started = System.nanoTime();
        List<PlatformClient.ManifestMeter> manifest = new ArrayList<>();
        for (int twin = 0; twin < microgrids.size(); twin++) {
            for (HouseholdPlan plan : plans) {
                String meterId = meterId(plan, twin);
                manifest.add(new PlatformClient.ManifestMeter(meterId, meterKey(meterId).publicKeyBase64(),
                        HOUSEHOLD_CONNECTION_WATTS));
            }
        }
        Map<String, String> claimCodes = new HashMap<>();
        String operator = platform.devToken("sim-meter-operator", "METER_OPERATOR");
        for (int from = 0; from < manifest.size(); from += MANIFEST_ROWS) {
            claimCodes.putAll(platform.importMeters(manifest.subList(from, Math.min(manifest.size(), from + MANIFEST_ROWS)),
                    operator));
        }
        Map<String, List<CompletableFuture<Household>>> registering = new LinkedHashMap<>();
        for (int twin = 0; twin < microgrids.size(); twin++) {
            String microgrid = microgrids.get(twin);
            List<CompletableFuture<Household>> inMicrogrid = new ArrayList<>();
            for (HouseholdPlan drawn : plans) {
                HouseholdPlan plan = twin == 0 ? drawn : drawn.biddingItself();
                String meterId = meterId(plan, twin);
                String claimCode = claimCodes.get(meterId);
                inMicrogrid.add(CompletableFuture.supplyAsync(() -> registered(plan, microgrid, meterId, claimCode, admin),
                        workers));
            }
            registering.put(microgrid, inMicrogrid);
        }
        Map<String, List<Household>> households = new LinkedHashMap<>();
        registering.forEach((microgrid, futures) -> households.put(microgrid,
                futures.stream().map(CompletableFuture::join).toList()));
        options.out().printf("registered %d prosumers and %d consumers%s (meters imported by the operator, KYC approved,"
                + " accounts funded on the ledger, meters claimed%s) in %.1f s%n", options.prosumers(), options.consumers(),
                microgrids.size() > 1 ? " in each of " + String.join(" and ", microgrids) : "",
                plans.stream().anyMatch(HouseholdPlan::automatic) ? ", automatic trading set" : "",
                seconds(started, System.nanoTime()));
        return households;
    }

    private Household registered(HouseholdPlan plan, String microgrid, String meterId, String claimCode, String admin) {
        String id = platform.approvedParticipant(plan.role(), microgrid, plan.name(),
                meterId.toLowerCase() + "@sim.poweralgo.io", admin);
        String token = platform.devToken(id, plan.role());
        platform.claimMeter(id, token, meterId, claimCode);
        if (plan.automatic()) {
            platform.setTradingPreferences(id, token, plan.preferences());
        }
        return new Household(plan.name(), plan.role(), id, token, meterId, meterKey(meterId), plan.automatic(),
                plan.annualKwh(), plan.prosumer() ? new PvModel(51.0, 10.0, plan.peakKw(), plan.pvSeed()) : null);
    }

    /** The twin's meters have a {@code T} before the role's letter: the same household, another meter. */
    private String meterId(HouseholdPlan plan, int twin) {
        return "SIM-" + tag + "-" + (twin == 0 ? "" : "T") + (plan.prosumer() ? "P" : "C") + String.format("%04d", plan.index() + 1);
    }


    private MeterKey meterKey(String meterId) {
        return MeterKey.derive("poweralgo-sim-" + options.seed(), meterId);
    }

    /**
     * The households that bid themselves place their orders; then the trading agent runs for the others, as its
     * scheduled run at the lead before the gate would; then the gate closes. Answers what the agent did.
     */
    private AgentOrders trade(String market, Instant hour, List<Household> households, String admin, ExecutorService workers,
                              SplittableRandom random) {
        awaitMarket(market, admin);
        List<CompletableFuture<Void>> orders = new ArrayList<>();
        for (Household household : households) {
            Household.HourEnergy energy = household.energyIn(hour);
            published.put(key(household, hour), energy);
            SplittableRandom ownRandom = random.split();
            if (household.automatic) {
                continue;
            }
            BiddingStrategy.Order order = strategy.orderFor(energy, ownRandom);
            if (order == null || ("SELL".equals(order.side()) && !household.prosumer())) {
                continue;
            }
            orders.add(CompletableFuture.runAsync(() -> platform.placeOrder(market, order.side(), household.token,
                    order.quantityWh(), order.limitPricePerKwh(), "sim-" + market), workers));
        }
        orders.forEach(CompletableFuture::join);
        AgentOrders agent = households.stream().anyMatch(household -> household.automatic)
                ? platform.runTradingAgent(market, admin) : AgentOrders.NONE;
        platform.closeGate(market, admin);
        return agent;
    }

    private Instant firstHour(Instant now) {
        Instant earliest = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        if (options.start() != null) {
            if (options.start().isBefore(earliest)) {
                throw new IllegalArgumentException("the first hour " + options.start() + " must be at least two hours after"
                        + " the platform's time " + now);
            }
            return options.start();
        }
        Instant morning = earliest.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(5));
        return morning.isBefore(earliest) ? morning.plus(Duration.ofDays(1)) : morning;
    }

    private void moveClockPast(Instant hour, String admin) {
        moveClockTo(hour.plus(Duration.ofMinutes(61)), admin);
    }

    private void moveClockTo(Instant target, String admin) {
        Instant now = platform.now(admin);
        if (now.isBefore(target)) {
            platform.advanceClock(Duration.between(now, target).plusSeconds(1), admin);
        }
    }

    /** Readings at the start (first hour only; later hours start with the previous end), middle and end of the hour. */
    private void publishReadings(Instant hour, boolean first, List<Household> households, MeterGateway gateway) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Household household : households) {
            Household.HourEnergy energy = published.get(key(household, hour));
            if (first) {
                sent.add(gateway.publish(household.topic(), household.readingAfter(hour, 0, 0)));
            }
            long halfImport = energy.importWh() / 2;
            long halfExport = energy.exportWh() / 2;
            sent.add(gateway.publish(household.topic(),
                    household.readingAfter(hour.plus(Duration.ofMinutes(30)), halfImport, halfExport)));
            sent.add(gateway.publish(household.topic(), household.readingAfter(hour.plus(Duration.ofHours(1)),
                    energy.importWh() - halfImport, energy.exportWh() - halfExport)));
        }
        sent.forEach(CompletableFuture::join);
    }

    private void awaitMarket(String market, String admin) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (platform.market(market, admin) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("market " + market + " was not opened within 90 s; is the market scheduler running?");
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private void awaitSettlements(List<String> markets, SettlementWatch settlements, Progress progress) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120 + 10L * markets.size());
        int settled = settlements.poll(markets);
        while (settled < markets.size() && System.nanoTime() < deadline) {
            progress.settling(settled);
            sleep(Duration.ofMillis(500));
            settled = settlements.poll(markets);
        }
        progress.settling(settled);
    }

    /** From the platform's own settlement times: what an operator would read in the audit. */
    private static String settledAfter(SettlementWatch settlements, int markets, Instant lastHourEnded) {
        int open = markets - settlements.outcomes().size();
        if (open > 0) {
            return open + " of " + markets + " markets had not settled " + Math.round(seconds(lastHourEnded, Instant.now()))
                    + " s after the last hour";
        }
        Instant last = settlements.lastSettledAt().orElse(lastHourEnded);
        if (!last.isAfter(lastHourEnded)) {
            return "every market had settled by the end of the last hour";
        }
        return String.format("the last markets settled %.1f s after the last hour", seconds(lastHourEnded, last));
    }

    private void pace(long hourStartedNanos) {
        Duration left = options.speed().minusNanos(System.nanoTime() - hourStartedNanos);
        if (!left.isNegative()) {
            sleep(left);
        }
    }

    static String key(Household household, Instant hour) {
        return household.participantId + "@" + hour;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1e3;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        }
    }
}
