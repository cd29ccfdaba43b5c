package io.poweralgo.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.RejectionDetails;
import io.poweralgo.app.security.RequestBodyTooLargeException;
import io.poweralgo.app.stream.StreamClientsExceeded;
import org.axonframework.messaging.HandlerExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the API is application/problem+json with a stable {@code code}; bad input also
 * lists {@code errors} as {@code {field, message}} pairs. Expected refusals are logged in one line,
 * without a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                                            .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                                            .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                                            .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        if (e.getCause() instanceof RequestBodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                                  .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                                  .collect(Collectors.joining("."))
                                  .replace(".[", "[");
            return ResponseEntity.badRequest().body(invalid(List.of(fieldError(field, unreadableValue(mapping)))));
        }
        String why = e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : "no body";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Request body is not valid JSON: " + why);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A chunked body read past the limit by whichever reader met it first. */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(e));
    }

    private static ProblemDetail bodyTooLarge(RequestBodyTooLargeException e) {
        log.info("request refused code=BODY_TOO_LARGE limit={}", e.maxBytes());
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                "Request bodies may hold at most " + e.maxBytes() + " bytes");
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        log.info("request refused code=INVALID_REQUEST field={} reason=\"{}\"", e.valueName(), e.getMessage());
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(e.valueName(), e.reason()))));
    }

    @ExceptionHandler(DomainRejection.class)
    ResponseEntity<ProblemDetail> rejected(DomainRejection e) {
        return refused(RejectionDetails.of(e));
    }

    /** A command's handler refused it (on this instance or another): the details say how. */
    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ProblemDetail> failedInHandler(HandlerExecutionException e) {
        if (e.getDetails().orElse(null) instanceof RejectionDetails refusal) {
            return refused(refusal);
        }
        return unexpected(e);
    }

    @ExceptionHandler(ManifestInvalidException.class)
    ResponseEntity<ProblemDetail> manifestInvalid(ManifestInvalidException e) {
        log.info("request refused code=MANIFEST_INVALID rows={}", e.errors().size());
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "MANIFEST_INVALID", e.getMessage());
        problem.setProperty("errors", e.errors());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return notFound(e.getMessage());
    }

    /** 429 when the participant holds its share of streams, 503 when this instance holds all it takes. */
    @ExceptionHandler(StreamClientsExceeded.class)
    ResponseEntity<ProblemDetail> streamFull(StreamClientsExceeded e) {
        boolean ownShare = e.limit() == StreamClientsExceeded.Limit.AUDIENCE;
        HttpStatus status = ownShare ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
        String code = ownShare ? "STREAM_CLIENTS_EXCEEDED" : "STREAMS_FULL";
        log.info("request refused code={} reason=\"{}\"", code, e.getMessage());
        return ResponseEntity.status(status).body(problem(status, code, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        log.info("request refused code=FORBIDDEN reason=\"{}\"", e.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("request failed unexpectedly", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The request could not be completed; the failure is logged"));
    }

    private static ResponseEntity<ProblemDetail> refused(RejectionDetails refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        log.info("command refused code={} reason=\"{}\"", refusal.code(), refusal.message());
        ProblemDetail problem = problem(status, refusal.code(), refusal.message());
        refusal.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "NOT_FOUND", detail));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                              .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request: " + detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "is invalid" : message);
    }

    private static String unreadableValue(JsonMappingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be a " + format.getTargetType().getSimpleName();
        }
        return "has the wrong type";
    }
}
