package io.poweralgo.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.app.config.PowerAlgoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRateLimitFilterTest {

    private final RegistrationRateLimitFilter filter = new RegistrationRateLimitFilter(
            new ProblemResponses(new ObjectMapper()), properties(3));

    @Test
    void registrations_beyond_the_limit_get_429_with_retry_after() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(register("10.0.0.1").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = register("10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void each_client_address_has_its_own_budget() throws Exception {
        for (int i = 0; i < 3; i++) {
            register("10.0.0.1");
        }
        assertThat(register("10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void encoded_or_decorated_registration_paths_share_the_same_budget() throws Exception {
        register("10.0.0.1");
        register("10.0.0.1", "/api/%70articipants");
        register("10.0.0.1", "/api/participants;x=1");

        assertThat(register("10.0.0.1", "/api//%70articipants").getStatus()).isEqualTo(429);
    }

    /** Each new link is a mail the platform sends to an address someone typed: it costs what a registration costs. */
    @Test
    void asking_for_new_verification_links_spends_the_registration_budget() throws Exception {
        register("10.0.0.1");
        register("10.0.0.1", "/api/participants/p-1/email-verification/link");
        register("10.0.0.1", "/account/email-verification");

        assertThat(register("10.0.0.1", "/api/participants/p-2/email-verification/link").getStatus()).isEqualTo(429);
    }

    @Test
    void other_requests_are_not_limited() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/participants/p-1");
            read.setRemoteAddr("10.0.0.1");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(read, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse register(String client) throws Exception {
        return register(client, "/api/participants");
    }

    private MockHttpServletResponse register(String client, String requestUri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", requestUri);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static PowerAlgoProperties properties(int perMinute) {
        return new Binder(new MapConfigurationPropertySource(
                Map.of("poweralgo.registration.requests-per-minute", Integer.toString(perMinute))))
                .bindOrCreate("poweralgo", PowerAlgoProperties.class);
    }
}
