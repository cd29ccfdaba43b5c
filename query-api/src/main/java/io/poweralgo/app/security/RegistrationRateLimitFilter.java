package io.poweralgo.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.poweralgo.app.config.PowerAlgoProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Open registration needs no token, so it is limited per client address: a token bucket of
 * {@code poweralgo.registration.requests-per-minute}, refilled continuously. Limits hold per app
 * instance; a gateway in front of several instances enforces the global one.
 */
@Component
public class RegistrationRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RegistrationRateLimitFilter.class);
    /**
     * The API's and the web application's account creation share one bucket per client address, and
     * so does asking for a new e-mail verification link: each sends a mail to an address someone typed.
     */
    private static final Set<String> REGISTRATION_PATHS = Set.of("/api/participants", "/onboarding",
            "/account/email-verification");
    private static final Pattern NEW_VERIFICATION_LINK = Pattern.compile("/api/participants/[^/]+/email-verification/link");
    /** Matches the path as the dispatcher routes it, so percent-encoding or path parameters cannot dodge the limit. */
    private static final UrlPathHelper ROUTED_PATH = new UrlPathHelper();

    private final ProblemResponses problems;
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
                                                          .maximumSize(100_000)
                                                          .expireAfterAccess(Duration.ofMinutes(10))
                                                          .build();

    public RegistrationRateLimitFilter(ProblemResponses problems, PowerAlgoProperties properties) {
        this.problems = problems;
        this.perMinute = properties.registration().requestsPerMinute();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String path = ROUTED_PATH.getPathWithinApplication(request);
        return !REGISTRATION_PATHS.contains(path) && !NEW_VERIFICATION_LINK.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        ConsumptionProbe probe = buckets.get(client, this::newBucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfterSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
        log.warn("registration rate limit reached client={} retryAfterSeconds={}", client, retryAfterSeconds);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                "Too many registrations from this address; retry in " + retryAfterSeconds + " s");
    }

    private Bucket newBucket(String client) {
        return Bucket.builder()
                     .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                     .build();
    }
}
