package io.poweralgo.app.web;

import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.metering.ingest.ReadingIntake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;

/**
 * Ingestion for gateways that cannot speak MQTT: the same payload and the same checks as
 * {@code poweralgo/meters/{meterId}/readings}; a refused reading is dead-lettered as well.
 */
@RestController
@Tag(name = "Meter readings", description = "Signed smart-meter readings (role METER_GATEWAY)")
public class MeterReadingController {

    private final ReadingIntake intake;

    public MeterReadingController(ReadingIntake intake) {
        this.intake = intake;
    }

    /** The body is taken as raw bytes: the size limit and the signed text apply to what was sent. */
    @PostMapping(path = "/api/meter-readings", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Submit one signed meter reading; 202 once recorded (or recognised as a duplicate)")
    public CompletableFuture<ResponseEntity<Object>> submit(@RequestBody(required = false) byte[] payload) {
        return intake.submit(payload == null ? new byte[0] : payload, ReadingIntake.HTTP_SOURCE, null)
                     .thenApply(MeterReadingController::response);
    }

    private static ResponseEntity<Object> response(ReadingVerdict verdict) {
        if (!verdict.rejected()) {
            return ResponseEntity.accepted().body(new Accepted(verdict.seq(), verdict.outcome().name()));
        }
        HttpStatus status = status(verdict.reason());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, verdict.detail());
        problem.setProperty("code", verdict.reason().name());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(RejectionReason reason) {
        return switch (reason) {
            case OVERSIZED_PAYLOAD -> HttpStatus.PAYLOAD_TOO_LARGE;
            case MALFORMED_JSON, MISSING_FIELD, FUTURE_TIMESTAMP, TOO_OLD, TOPIC_MISMATCH, REGISTER_OUT_OF_RANGE ->
                    HttpStatus.BAD_REQUEST;
            case UNKNOWN_METER, METER_NOT_LINKED, BAD_SIGNATURE, REGISTER_DECREASED, IMPLAUSIBLE, CONFLICTING_READING ->
                    HttpStatus.UNPROCESSABLE_ENTITY;
            case PROCESSING_FAILED -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** {@code outcome}: RECORDED, LATE_ADJUSTMENT (the hour was closed; its figures were corrected) or DUPLICATE. */
    public record Accepted(long seq, String outcome) {
    }
}
