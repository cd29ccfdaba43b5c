package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.app.service.MeterProvisioning;

import java.time.Instant;
import java.util.List;

final class MeterResponses {

    private MeterResponses() {
    }

    /** The claim code is shown here once, for the welcome letter; the platform keeps only its hash. */
    record Registered(String meterId, String publicKey, long ratedPowerWatts, String claimCode) {
    }

    record ClaimCodeIssued(String meterId, String claimCode) {
    }

    record ImportResult(int registered, int refused, List<ImportedRow> rows) {

        static ImportResult of(List<MeterProvisioning.RowOutcome> outcomes) {
            List<ImportedRow> rows = outcomes.stream().map(ImportedRow::of).toList();
            int registered = (int) rows.stream().filter(row -> row.status().equals(ImportedRow.REGISTERED)).count();
            return new ImportResult(registered, rows.size() - registered, rows);
        }
    }

    /** {@code status} REGISTERED with the row's {@code claimCode}, or REFUSED with the refusal's {@code code}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportedRow(int row, String meterId, String status, String claimCode, String code, String message) {

        static final String REGISTERED = "REGISTERED";
        static final String REFUSED = "REFUSED";

        static ImportedRow of(MeterProvisioning.RowOutcome outcome) {
            return outcome.claimCode()
                          .map(code -> new ImportedRow(outcome.row(), outcome.meterId().value(), REGISTERED, code.printed(),
                                  null, null))
                          .orElseGet(() -> new ImportedRow(outcome.row(), outcome.meterId().value(), REFUSED, null,
                                  outcome.refusal().orElseThrow().code(), outcome.refusal().orElseThrow().message()));
        }
    }

    /** A registered meter; {@code holder} is the participant who claimed it, null while unclaimed. */
    record ProvisionedMeter(String meterId, String publicKey, long ratedPowerWatts, String registeredBy,
                            Instant registeredAt, String holder, boolean claimed) {

        static ProvisionedMeter of(ProvisionedMeterView view) {
            String holder = view.holder() == null ? null : view.holder().value();
            return new ProvisionedMeter(view.meterId().value(), view.publicKey().base64(), view.ratedPower().watts(),
                    view.registeredBy().value(), view.registeredAt(), holder, holder != null);
        }
    }
}
