package io.poweralgo.app.config;

import io.poweralgo.forecast.model.HolidayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Settings under {@code poweralgo.*}; the README lists them with their defaults. */
@ConfigurationProperties("poweralgo")
public record PowerAlgoProperties(@DefaultValue("./data") Path dataDir,
                                  @DefaultValue("0s") Duration clockOffset,
                                  @DefaultValue Embedded embedded,
                                  @DefaultValue Mongo mongo,
                                  @DefaultValue Custody custody,
                                  @DefaultValue Security security,
                                  @DefaultValue Registration registration,
                                  @DefaultValue EmailVerification emailVerification,
                                  @DefaultValue Http http,
                                  @DefaultValue Market market,
                                  @DefaultValue Mqtt mqtt,
                                  @DefaultValue Metering metering,
                                  @DefaultValue Meters meters,
                                  @DefaultValue Algorand algorand,
                                  @DefaultValue Settlement settlement,
                                  @DefaultValue Processing processing,
                                  @DefaultValue Demo demo,
                                  @DefaultValue Trading trading,
                                  @DefaultValue Streams streams) {

    /**
     * Several instances share the segments of each event processor: every {@code balanceInterval}
     * an instance that holds more than its fair share (segments / live instances) releases the
     * rest for another to claim. {@code balance=false} leaves claims as Axon makes them.
     * {@code settlementSegments}: how many segments the settlement saga's processor splits into when its
     * tokens are first created (Axon's default, 16); later changes need a split or merge of segments.
     */
    public record Processing(@DefaultValue("true") boolean balance, @DefaultValue("5s") Duration balanceInterval,
                             @DefaultValue("16") int settlementSegments) {
    }

    /**
     * Embedded components; each is replaced by configuring its external URI. With
     * {@code mqttSimulatorGateway} (default profile) the embedded broker also lets in the gateway
     * {@code simulator}, which may publish for every meter, its password generated once under the
     * data directory: the demo, the simulator and the benchmarks publish as it.
     */
    public record Embedded(@DefaultValue("127.0.0.1") String bindAddress,
                           @DefaultValue("27018") int mongoPort,
                           @DefaultValue("1884") int mqttPort,
                           @DefaultValue("4001") int ledgerPort,
                           @DefaultValue("false") boolean mqttSimulatorGateway) {
    }

    /**
     * The Algorand node settlement talks to through algod. A blank {@code algodUrl} starts the dev
     * ledger on {@code embedded.ledger-port}, which bootstraps the stablecoin, the pool and the
     * treasury itself (their keys generated once under the data directory). Otherwise
     * {@code stablecoinAssetId}, {@code poolMnemonic} and {@code treasuryMnemonic} name the
     * production accounts. Groups are valid {@code validityRounds} rounds; a submission waits
     * {@code confirmTimeout} for confirmation before it is retried. New accounts get
     * {@code onboardingGrantMicro} stablecoin from the treasury (100 on the default profile for the
     * demo, none elsewhere).
     * The {@code bootstrap-ledger} command reaches the network's funded account through kmd
     * ({@code kmdUrl}, {@code kmdToken}) and writes the stablecoin's id to {@code assetIdFile}.
     */
    public record Algorand(String algodUrl,
                           @DefaultValue("") String algodToken,
                           @DefaultValue("0") long stablecoinAssetId,
                           String poolMnemonic,
                           String treasuryMnemonic,
                           @DefaultValue("1000") long validityRounds,
                           @DefaultValue("30s") Duration confirmTimeout,
                           @DefaultValue("0") long onboardingGrantMicro,
                           String kmdUrl,
                           @DefaultValue("") String kmdToken,
                           String assetIdFile) {
    }

    /**
     * A market is settled once all its traders' meter-hours closed, or {@code grace} after its
     * delivery end with missing hours as zero (ESTIMATED). Ledger faults are retried after
     * {@code firstRetry}, doubling up to {@code maxRetry}, {@code maxAttempts} times; then it is
     * SETTLEMENT_FAILED until an admin retries it.
     */
    public record Settlement(@DefaultValue("20m") Duration grace,
                             @DefaultValue("5s") Duration firstRetry,
                             @DefaultValue("5m") Duration maxRetry,
                             @DefaultValue("8") int maxAttempts) {
    }

    /**
     * The MQTT broker meter gateways publish to. A blank {@code uri} starts the embedded HiveMQ CE
     * broker on {@code embedded.mqtt-port}. {@code clientId} names this instance's persistent
     * session (blank: one generated once and kept under the data directory); the broker keeps the
     * session {@code sessionExpiry} while the instance is away. {@code receiveMaximum} bounds the
     * readings in flight per connection, and {@code connections} connections share the
     * subscription (brokers bound each connection's unacknowledged messages, and a reading is
     * acknowledged only once stored). {@code enabled=false} leaves ingestion to HTTP only.
     * {@code username} and {@code password} are the platform's own broker identity (blank with the
     * embedded broker: {@code poweralgo} and a password generated once under the data directory);
     * {@code gateways} are the meter gateways the embedded broker lets in.
     */
    public record Mqtt(@DefaultValue("true") boolean enabled,
                       String uri,
                       String username,
                       String password,
                       String clientId,
                       @DefaultValue("24h") Duration sessionExpiry,
                       @DefaultValue("1000") int receiveMaximum,
                       @DefaultValue("16") int connections,
                       @DefaultValue List<Gateway> gateways) {
    }

    /**
     * A meter gateway of the embedded broker: its user name, its password hash as
     * {@code mosquitto_passwd} writes it ({@code $7$...}: PBKDF2-SHA512) and the meters whose
     * readings it may publish ({@code +}: every meter, for test benches only).
     */
    public record Gateway(String username, String passwordHash, @DefaultValue List<String> meters) {
    }

    /**
     * Meter-hours close on the first reading after them or {@code closeGrace} after their end;
     * boundaries interpolated across readings at most {@code completeGap} apart are COMPLETE.
     * {@code ingestWorkers} threads record readings, at most {@code maxBatch} per command;
     * {@code cachedHours} meter-hours stay in memory. A meter without a provisioned rated power
     * is held to {@code defaultMaxPowerW} (43.5 kW: a 63 A three-phase connection at 230 V).
     * Readings taken more than {@code maxReadingAge} ago are refused (at least an hour plus the
     * longer of close grace and settlement grace; 24 h, the MQTT session expiry, by default).
     * Dead letters are kept in the read model for {@code deadLetterRetention} (an audit decision:
     * 90 days, a quarter's review) and purged every {@code deadLetterPurgeInterval}; the event
     * store keeps each refusal as an event.
     */
    public record Metering(@DefaultValue("15m") Duration closeGrace,
                           @DefaultValue("15m") Duration completeGap,
                           @DefaultValue("4") int ingestWorkers,
                           @DefaultValue("1000") int maxBatch,
                           @DefaultValue("20000") long cachedHours,
                           @DefaultValue("43500") long defaultMaxPowerW,
                           @DefaultValue("24h") Duration maxReadingAge,
                           @DefaultValue("90d") Duration deadLetterRetention,
                           @DefaultValue("1h") Duration deadLetterPurgeInterval) {
    }

    /**
     * The one-command demo (default profile): {@code enabled} (or the flag {@code --demo}) runs the
     * simulator against this instance once it is up: {@code prosumers} and {@code consumers}
     * households trade for {@code hours} hours of microgrid {@code microgrid} from {@code start}
     * (blank: the next morning), one market hour every {@code speed}, seeded with {@code seed};
     * {@code autoTradingShare} of the prosumers and of the consumers (half by default, so that both
     * paths are seen) set trading preferences and leave their orders to the trading agent. Its
     * meters publish as the gateway {@code mqttUsername} with {@code mqttPassword} (blank: the
     * embedded broker's simulator gateway).
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("10") int prosumers,
                       @DefaultValue("20") int consumers,
                       @DefaultValue("24") int hours,
                       @DefaultValue("5s") Duration speed,
                       @DefaultValue("42") long seed,
                       Instant start,
                       @DefaultValue("mg-sim") String microgrid,
                       @DefaultValue("0.5") double autoTradingShare,
                       String mqttUsername,
                       String mqttPassword) {
    }

    /**
     * Automatic trading. The household forecasts place a microgrid without its own site at {@code defaultSite};
     * {@code holidays} are every microgrid's public holidays, which the forecasts count as Sundays:
     * comma-separated {@code MM-DD} dates and {@code easter±N} offsets (Germany's nationwide ones by default,
     * blank for none). The agent runs every {@code agentInterval} (one instance at a time) in each open market
     * whose gate closes within {@code lead}, and places nothing smaller than {@code minimumQuantityWh}.
     */
    public record Trading(@DefaultValue DefaultSite defaultSite,
                          @DefaultValue(HolidayCalendar.GERMANY) String holidays,
                          @DefaultValue("15m") Duration lead,
                          @DefaultValue("1m") Duration agentInterval,
                          @DefaultValue("50") long minimumQuantityWh) {
    }

    /** Where a microgrid lies until an admin sets its site: degrees north and east, and its time zone. */
    public record DefaultSite(@DefaultValue("51.0") double latitude,
                              @DefaultValue("10.0") double longitude,
                              @DefaultValue("Europe/Berlin") ZoneId timeZone) {
    }

    /** Read models. A blank {@code uri} starts the embedded MongoDB-wire server. */
    public record Mongo(String uri, @DefaultValue("poweralgo") String database) {
    }

    /** The AES-256 master key (base64 of 32 bytes) that seals custodial keys, and its id. */
    public record Custody(String masterKey, @DefaultValue("k1") String masterKeyId) {
    }

    /** Token handling: the claim that lists roles, and the default profile's dev tokens. */
    public record Security(@DefaultValue("roles") String rolesClaim,
                           String devTokenSecret,
                           @DefaultValue("12h") Duration devTokenTtl) {
    }

    /**
     * A new account's e-mail is verified by a link to {@code linkBaseUrl}/verify-email that holds a
     * random token, valid for {@code ttl}; the mail comes from {@code from} (SMTP outside the default
     * profile, configured by {@code spring.mail.*}).
     */
    public record EmailVerification(@DefaultValue("24h") Duration ttl,
                                    @DefaultValue("http://127.0.0.1:8080") URI linkBaseUrl,
                                    @DefaultValue("PowerAlgo <no-reply@poweralgo.invalid>") String from) {
    }

    /** A vendor's meter manifest lists at most {@code manifestMaxRows} meters in at most {@code manifestMaxBytes}. */
    public record Meters(@DefaultValue("2000") int manifestMaxRows, @DefaultValue("512KB") DataSize manifestMaxBytes) {
    }

    /**
     * Server-sent-event streams: each stream takes at most {@code maxClients} clients per instance, and a
     * participant's own stream at most {@code maxClientsPerParticipant} of them (a phone, a tablet, a desktop).
     */
    public record Streams(@DefaultValue("1000") int maxClients, @DefaultValue("4") int maxClientsPerParticipant) {
    }

    /** Every request body is refused past {@code maxBodySize}, before the application reads it. */
    public record Http(@DefaultValue("1MB") DataSize maxBodySize) {
    }

    /** Open registration is limited per client address and app instance. */
    public record Registration(@DefaultValue("20") int requestsPerMinute) {
    }

    /**
     * Market scheduling: markets are kept open for the next {@code horizonHours} delivery hours,
     * gates close {@code gateClosureLead} before delivery, the scheduler runs every
     * {@code schedulerInterval}. Bids reserve funds against the trader's stablecoin holding on the ledger.
     */
    public record Market(@DefaultValue("24") int horizonHours,
                         @DefaultValue("5m") Duration gateClosureLead,
                         @DefaultValue("30s") Duration schedulerInterval,
                         @DefaultValue("HOURS") CycleKind cycle,
                         @DefaultValue Rounds rounds,
                         @DefaultValue("1000000") long maxOrderWh) {
    }

    /** HOURS: wall-clock hours (UTC). ROUNDS: Algorand rounds, cycle k = rounds [k·R, (k+1)·R). */
    public enum CycleKind { HOURS, ROUNDS }

    /**
     * Round-keyed cycles: R = {@code perCycle}; times follow from {@code anchorRound} observed at
     * {@code anchorTime} and the nominal {@code roundTime}.
     */
    public record Rounds(@DefaultValue("1286") long perCycle,
                         @DefaultValue("0") long anchorRound,
                         @DefaultValue("2026-01-01T00:00:00Z") Instant anchorTime,
                         @DefaultValue("2800ms") Duration roundTime) {
    }

    public Path resolvedDataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
