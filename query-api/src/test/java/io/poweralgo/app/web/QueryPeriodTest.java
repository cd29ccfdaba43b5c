package io.poweralgo.app.web;

import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryPeriodTest {

    private static final Duration MONTH = Duration.ofDays(31);

    @Test
    void a_period_within_the_bound_is_read_as_given() {
        QueryPeriod period = QueryPeriod.parse("2026-11-01T00:00:00Z", "2026-12-02T00:00:00Z", MONTH);

        assertThat(period).isEqualTo(new QueryPeriod(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z")));
    }

    @Test
    void an_empty_reversed_or_too_long_period_is_refused_on_to() {
        for (String to : new String[] {"2026-11-01T00:00:00Z", "2026-10-31T00:00:00Z", "2026-12-02T00:00:01Z"}) {
            assertThatThrownBy(() -> QueryPeriod.parse("2026-11-01T00:00:00Z", to, MONTH))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("must be after 'from' and at most 31 days later");
        }
    }

    @Test
    void a_time_that_is_not_iso_8601_utc_is_refused_with_its_name() {
        assertThatThrownBy(() -> QueryPeriod.parse("yesterday", "2026-11-02T00:00:00Z", MONTH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("from").hasMessageContaining("must be an ISO-8601 UTC time such as 2026-11-24T13:00:00Z");
    }
}
