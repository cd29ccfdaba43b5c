package io.poweralgo.simulator.microgrid;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.simulator.microgrid.report.AgentOrders;
import io.poweralgo.simulator.microgrid.report.HourResult;
import io.poweralgo.simulator.microgrid.report.ParticipantResult;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a finished simulation back from the platform (settlement audits, ledger verifications,
 * statements) and checks it: every market settled, the pool nets to zero per market and per
 * group, nobody is settled for more than min(cleared, metered), at most N + ⌈N/15⌉ transactions,
 * the meter-hours settled are exactly the energies the meters published, the ledger agrees, and
 * the markets the API lists show the state their settlement reached.
 */
final class Results {

    /** The markets read model is another processor than the audit's: it may trail by a moment, never disagree. */
    private static final Duration VIEW_CATCH_UP = Duration.ofSeconds(15);

    private final PlatformClient platform;
    private final String regulator;
    private final Map<String, Household.HourEnergy> published;
    private final List<Household> households;
    private final Instant firstHour;
    private final Simulation.Options options;
    private final List<String> violations = new ArrayList<>();
    private Instant viewsDueBy;

    Results(PlatformClient platform, String regulator, Map<String, Household.HourEnergy> published,
            List<Household> households, Instant firstHour, Simulation.Options options) {
        this.platform = platform;
        this.regulator = regulator;
        this.published = published;
        this.households = households;
        this.firstHour = firstHour;
        this.options = options;
    }

    /** The summary of {@code markets}, with what the agent did and the twin's summary (null if none), whose violations it adds. */
    SimulationSummary collect(List<String> markets, Duration wallTime, AgentOrders agentOrders, SimulationSummary ownBidding) {
        viewsDueBy = Instant.now().plus(VIEW_CATCH_UP);
        List<HourResult> hours = new ArrayList<>();
        for (int h = 0; h < markets.size(); h++) {
            hours.add(hour(markets.get(h), firstHour.plus(Duration.ofHours(h))));
        }
        List<ParticipantResult> participants = households.stream().map(this::participant).toList();
        long p2p = hours.stream().mapToLong(HourResult::p2pWh).sum();
        if (ownBidding != null) {
            violations.addAll(ownBidding.violations());
        }
        long priceTimesEnergy = hours.stream().filter(h -> h.clearingPricePerKwh() != null)
                                     .mapToLong(h -> h.clearingPricePerKwh() * h.p2pWh()).sum();
        return new SimulationSummary(options.prosumers(), options.consumers(), options.hours(), firstHour, p2p,
                hours.stream().mapToLong(HourResult::gridImportWh).sum(),
                hours.stream().mapToLong(HourResult::gridExportWh).sum(),
                p2p == 0 ? null : priceTimesEnergy / p2p,
                benefitOf(participants, "CONSUMER"), benefitOf(participants, "PROSUMER"),
                hours.stream().mapToInt(HourResult::transactions).sum(), hours.stream().mapToInt(HourResult::groups).sum(),
                List.copyOf(violations), wallTime, hours, participants, agentOrders, ownBidding);
    }

    private HourResult hour(String market, Instant hour) {
        JsonNode audit = platform.settlementIfCleared(market, regulator);
        if (audit == null) {
            violations.add(market + ": not settled (no settlement recorded)");
            return new HourResult(hour, market, null, 0, 0, 0, 0, 0, "NOT_SETTLED", List.of("not settled"));
        }
        List<String> problems = new ArrayList<>();
        String state = audit.get("state").asText();
        if (!"SETTLED".equals(state)) {
            problems.add("settlement is " + state + (audit.hasNonNull("failureReason") ? ": " + audit.get("failureReason").asText() : ""));
        }
        String shown = marketViewState(market, state);
        if (!state.equals(shown)) {
            problems.add("GET /api/markets/" + market + " shows " + shown + " but its settlement is " + state);
        }
        long net = 0;
        long bought = 0;
        int trading = 0;
        for (JsonNode line : audit.get("lines")) {
            net += line.get("netMicro").asLong();
            trading += line.get("netMicro").asLong() == 0 ? 0 : 1;
            long matched = line.get("matchedWh").asLong();
            if ("BUY".equals(line.get("side").asText())) {
                bought += matched;
            }
            if (matched > Math.min(line.get("clearedWh").asLong(), line.get("meteredWh").asLong())) {
                problems.add(line.get("participantId").asText() + " matched " + matched + " Wh, more than min(cleared, metered)");
            }
        }
        if (net != 0) {
            problems.add("the pool does not net to zero: " + net);
        }
        problems.addAll(groupProblems(audit));
        problems.addAll(meterProblems(audit, hour));
        int transactions = 0;
        for (JsonNode group : audit.get("groups")) {
            transactions += group.get("txIds").size();
        }
        if (transactions > trading + (trading + 14) / 15) {
            problems.add(transactions + " transactions for " + trading + " traders, more than N + ceil(N/15)");
        }
        if (audit.get("groups").size() > 0 && !platform.verification(market, regulator).get("matches").asBoolean()) {
            problems.add("the ledger does not match the computed settlement (see its verification)");
        }
        problems.forEach(problem -> violations.add(market + ": " + problem));
        long totalImport = 0;
        long totalExport = 0;
        for (Household household : households) {
            Household.HourEnergy energy = published.get(Simulation.key(household, hour));
            totalImport += energy.importWh();
            totalExport += energy.exportWh();
        }
        JsonNode price = audit.at("/inputs/clearing/clearingPricePerKwh");
        return new HourResult(hour, market, bought == 0 || price.isMissingNode() ? null : price.asLong(), bought,
                totalImport - bought, totalExport - bought, audit.get("groups").size(), transactions, state, problems);
    }

    /** The state the markets read model shows, once it agrees with the settlement or the catch-up time is over. */
    private String marketViewState(String market, String settlementState) {
        while (true) {
            JsonNode view = platform.market(market, regulator);
            String shown = view == null ? "no market" : view.get("state").asText();
            if (shown.equals(settlementState) || !Instant.now().isBefore(viewsDueBy)) {
                return shown;
            }
            Simulation.sleep(Duration.ofMillis(200));
        }
    }

    private static List<String> groupProblems(JsonNode audit) {
        Map<Integer, Long> poolNet = new HashMap<>();
        for (JsonNode transfer : audit.get("transfers")) {
            long amount = transfer.get("amountMicro").asLong();
            poolNet.merge(transfer.get("groupIndex").asInt(), "TO_POOL".equals(transfer.get("direction").asText()) ? amount : -amount,
                    Long::sum);
        }
        List<String> problems = new ArrayList<>();
        poolNet.forEach((group, net) -> {
            if (net != 0) {
                problems.add("group " + group + " leaves the pool " + net + " micro-units off");
            }
        });
        for (JsonNode group : audit.get("groups")) {
            if (group.get("txIds").size() > 16) {
                problems.add("group " + group.get("index").asInt() + " has more than 16 transactions");
            }
        }
        return problems;
    }

    private List<String> meterProblems(JsonNode audit, Instant hour) {
        Map<String, Household> byId = new HashMap<>();
        households.forEach(household -> byId.put(household.participantId, household));
        List<String> problems = new ArrayList<>();
        for (JsonNode interval : audit.at("/inputs/intervals")) {
            Household household = byId.get(interval.get("participantId").asText());
            if (household == null) {
                continue;
            }
            Household.HourEnergy sent = published.get(Simulation.key(household, hour));
            if (interval.get("missing").asBoolean()) {
                problems.add(household.meterId + " had no closed meter-hour at settlement");
            } else if (interval.get("importWh").asLong() != sent.importWh() || interval.get("exportWh").asLong() != sent.exportWh()) {
                problems.add(household.meterId + " settled on " + interval.get("importWh").asLong() + "/"
                        + interval.get("exportWh").asLong() + " Wh but its meter measured " + sent.importWh() + "/" + sent.exportWh());
            }
        }
        return problems;
    }

    /**
     * Buying, the benefit is the saving against importing everything at the retail price; selling,
     * the extra income against exporting everything at the feed-in tariff (grid energy at those
     * prices is in both, so only what went through the pool counts).
     */
    private ParticipantResult participant(Household household) {
        JsonNode statements = platform.statements(household.participantId, firstHour,
                firstHour.plus(Duration.ofHours(options.hours())), household.token);
        long bought = 0;
        long sold = 0;
        long net = 0;
        long benefit = 0;
        for (JsonNode statement : statements) {
            long metered = statement.get("meteredWh").asLong();
            long netMicro = statement.get("netMicro").asLong();
            long gridMicro = statement.get("gridAmountMicro").asLong();
            net += netMicro;
            if ("BUY".equals(statement.get("side").asText())) {
                bought += statement.get("p2pWh").asLong();
                benefit += metered * Simulation.GRID_RETAIL_PRICE / 1_000 + netMicro + gridMicro;
            } else {
                sold += statement.get("p2pWh").asLong();
                benefit += netMicro + gridMicro - metered * Simulation.FEED_IN_TARIFF / 1_000;
            }
        }
        // statements exist only for the hours a household traded; its grid energy is over every hour its meter measured
        long drawn = 0;
        long fed = 0;
        for (int h = 0; h < options.hours(); h++) {
            Household.HourEnergy energy = published.get(Simulation.key(household, firstHour.plus(Duration.ofHours(h))));
            drawn += energy.importWh();
            fed += energy.exportWh();
        }
        return new ParticipantResult(household.participantId, household.name, household.role, household.automatic, bought, sold,
                drawn - bought, fed - sold, net, benefit);
    }

    private static long benefitOf(List<ParticipantResult> participants, String role) {
        return participants.stream().filter(p -> role.equals(p.role())).mapToLong(ParticipantResult::benefitMicro).sum();
    }
}
