package io.poweralgo.market.command;

import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCodeHash;
import io.poweralgo.api.participant.ClaimCodeIssued;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.RatedPower;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code meter_registration} table: fed by {@link MeterRegistered}, {@link ClaimCodeIssued} and {@link MeterLinked} in the command side's subscribing processing
 * group (so it commits with the registration), read by the Participant aggregate when a meter is claimed or linked.
 */
@ProcessingGroup(CommandSideProcessing.GROUP)
public class JdbcMeterRegistry implements MeterRegistry {

    private final JdbcTemplate jdbc;
    private final TransactionOperations separateTransaction;

    /** @param separateTransaction runs outside the command's transaction, which a wrong code rolls back */
    public JdbcMeterRegistry(JdbcTemplate jdbc, TransactionOperations separateTransaction) {
        this.jdbc = jdbc;
        this.separateTransaction = separateTransaction;
    }

    @Override
    public Optional<ProvisionedMeter> find(MeterId meterId) {
        return jdbc.query("SELECT public_key, rated_power_w, claim_code_hash, failed_claims, claim_code_used"
                          + " FROM meter_registration WHERE meter_id = ?",
                (rs, row) -> new ProvisionedMeter(meterId, new MeterPublicKey(rs.getString(1)),
                        RatedPower.ofWatts(rs.getLong(2)), new ClaimCodeHash(rs.getString(3)), rs.getInt(4),
                        rs.getBoolean(5)),
                meterId.value()).stream().findFirst();
    }

    @Override
    public void recordFailedClaim(MeterId meterId) {
        separateTransaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE meter_registration SET failed_claims = failed_claims + 1 WHERE meter_id = ?", meterId.value()));
    }

    @EventHandler
    void on(MeterRegistered event, @Timestamp Instant registeredAt) {
        jdbc.update("INSERT INTO meter_registration (meter_id, public_key, rated_power_w, claim_code_hash, failed_claims,"
                    + " claim_code_used, registered_by, registered_at) VALUES (?, ?, ?, ?, 0, FALSE, ?, ?)",
                event.meterId().value(), event.publicKey().base64(), event.ratedPower().watts(),
                event.claimCodeHash().hex(), event.registeredBy().value(), java.sql.Timestamp.from(registeredAt));
    }

    @EventHandler
    void on(ClaimCodeIssued event) {
        jdbc.update("UPDATE meter_registration SET claim_code_hash = ?, failed_claims = 0, claim_code_used = FALSE"
                    + " WHERE meter_id = ?", event.claimCodeHash().hex(), event.meterId().value());
    }

    /** A linked meter's code is spent: after an unlink, the next household needs a new code from the operator. */
    @EventHandler
    void on(MeterLinked event) {
        jdbc.update("UPDATE meter_registration SET claim_code_used = TRUE WHERE meter_id = ?", event.meterId().value());
    }
}
