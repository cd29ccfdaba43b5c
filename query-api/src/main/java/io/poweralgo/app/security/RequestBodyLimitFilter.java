package io.poweralgo.app.security;

import io.poweralgo.app.config.PowerAlgoProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat bounds form posts but hands any other body to whoever reads it, and Jackson reads a JSON
 * body whole. So every request body is bounded here, ahead of security and the dispatcher: a
 * declared length above {@code poweralgo.http.max-body-size} is answered 413 unread, and a body of
 * undeclared length (chunked) fails its stream or reader once it passes the limit. Whatever the
 * reader then made of the failure (Jackson answers it as unreadable JSON), the answer is 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

    private final ProblemResponses problems;
    private final long maxBytes;

    public RequestBodyLimitFilter(ProblemResponses problems, PowerAlgoProperties properties) {
        this.problems = problems;
        this.maxBytes = properties.http().maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            log.info("request body refused method={} path={} contentLength={} limit={}", request.getMethod(),
                    request.getRequestURI(), declared, maxBytes);
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                    "Request bodies may hold at most " + maxBytes + " bytes");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        BoundedBodyRequest bounded = new BoundedBodyRequest(request, maxBytes);
        try {
            chain.doFilter(bounded, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!bounded.exceededLimit()) {
                throw failure;
            }
        }
        if (bounded.exceededLimit()) {
            refuseUndeclaredBody(request, response);
        }
    }

    private void refuseUndeclaredBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            // answered already: the API's exception handler answers this failure 413 itself
            return;
        }
        log.info("request body refused method={} path={} contentLength=undeclared limit={}", request.getMethod(),
                request.getRequestURI(), maxBytes);
        response.reset();
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                "Request bodies may hold at most " + maxBytes + " bytes");
    }

    /** A request whose body stream fails instead of reading past the limit. */
    private static final class BoundedBodyRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private BoundedInputStream bounded;
        private BufferedReader reader;

        BoundedBodyRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedInputStream(super.getInputStream(), maxBytes);
            }
            return bounded;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return reader;
        }

        boolean exceededLimit() {
            return bounded != null && bounded.exceeded;
        }
    }

    private static final class BoundedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;
        private boolean exceeded;

        BoundedInputStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                exceeded = true;
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
