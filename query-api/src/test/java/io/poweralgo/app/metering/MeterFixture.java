package io.poweralgo.app.metering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A meter its operator registered and an approved participant claimed through the API, and readings signed with its key. */
final class MeterFixture {

    static final String SEED = "metering-it";
    private static final ObjectMapper JSON = new ObjectMapper();

    final String participantId;
    final String token;
    final String meterId;
    final MeterKey key;

    private MeterFixture(String participantId, String token, String meterId, MeterKey key) {
        this.participantId = participantId;
        this.token = token;
        this.meterId = meterId;
        this.key = key;
    }

    static MeterFixture linked(Api api, String admin, String meterId) {
        MeterFixture holder = approvedHolder(api, admin, meterId);
        api.provisionAndClaim(holder.participantId, holder.token, api.devToken("operator", "METER_OPERATOR"), meterId,
                holder.key.publicKeyBase64());
        return holder;
    }

    /** The same meter (and key) claimed by a newly approved participant after its previous holder unlinked it. */
    static MeterFixture linkedAgain(Api api, String admin, String meterId) {
        MeterFixture holder = approvedHolder(api, admin, meterId);
        api.reissueAndClaim(holder.participantId, holder.token, api.devToken("operator", "METER_OPERATOR"), meterId);
        return holder;
    }

    private static MeterFixture approvedHolder(Api api, String admin, String meterId) {
        String id = api.approvedParticipant("PROSUMER", meterId.toLowerCase() + "-" + System.nanoTime() + "@example.org", admin);
        return new MeterFixture(id, api.devToken(id, "PROSUMER"), meterId, MeterKey.derive(SEED, meterId));
    }

    String topic() {
        return "poweralgo/meters/" + meterId + "/readings";
    }

    String reading(Instant at, long importWh, long exportWh, long seq) {
        return signedBy(key, at, importWh, exportWh, seq);
    }

    String signedBy(MeterKey signer, Instant at, long importWh, long exportWh, long seq) {
        return ReadingPayload.signed(signer, meterId, at.toString(), importWh, exportWh, seq);
    }

    String intervalsPath(Instant from, Instant to) {
        return "/api/participants/" + participantId + "/meters/" + meterId + "/intervals?from=" + from + "&to=" + to;
    }

    /** The sequence numbers of this meter's readings in the event store for one hour, in the order recorded. */
    List<Long> recordedSeqs(RunningApp app, Instant hour) {
        String hourId = meterId + "@" + hour.toString().substring(0, 16) + "Z~" + participantId;
        List<Long> seqs = new ArrayList<>();
        app.jdbc().query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?"
                        + " ORDER BY sequencenumber",
                (ResultSetExtractor<Void>) rows -> {
                    while (rows.next()) {
                        readJson(rows.getBytes(1)).get("readings").forEach(reading -> seqs.add(reading.get("seq").asLong()));
                    }
                    return null;
                }, hourId, MeterReadingsRecorded.class.getName());
        return seqs;
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
