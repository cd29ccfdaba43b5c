package io.poweralgo.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.app.config.PowerAlgoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new ProblemResponses(new ObjectMapper()),
            new Binder(new MapConfigurationPropertySource(Map.of("poweralgo.http.max-body-size", "1KB")))
                    .bindOrCreate("poweralgo", PowerAlgoProperties.class));

    @Test
    void a_declared_length_above_the_limit_is_answered_413_unread() throws Exception {
        MockHttpServletRequest request = post(new byte[1_025]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> { throw new AssertionError("the body must not be handed on"); });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"BODY_TOO_LARGE\"");
    }

    @Test
    void a_body_of_undeclared_length_fails_its_stream_once_past_the_limit_and_is_answered_413() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(new byte[2_048]), response, (req, res) ->
                assertThatThrownBy(() -> req.getInputStream().readAllBytes())
                        .isInstanceOf(RequestBodyTooLargeException.class).hasMessageContaining("exceeds 1024 bytes"));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"BODY_TOO_LARGE\"");
    }

    @Test
    void a_body_of_undeclared_length_read_as_text_is_answered_413_once_past_the_limit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(new byte[2_048]), response, (req, res) -> {
            try {
                req.getReader().transferTo(java.io.Writer.nullWriter());
            } catch (IOException swallowedLikeAParserWould) {
                ((jakarta.servlet.http.HttpServletResponse) res).setStatus(400);
            }
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"BODY_TOO_LARGE\"");
    }

    @Test
    void a_body_within_the_limit_is_read_as_sent() throws Exception {
        byte[][] seen = new byte[1][];

        filter.doFilter(post(new byte[1_024]), new MockHttpServletResponse(),
                (req, res) -> seen[0] = req.getInputStream().readAllBytes());

        assertThat(seen[0]).hasSize(1_024);
    }

    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/participants") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/participants");
        request.setContent(body);
        return request;
    }
}
