package io.poweralgo.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrometheusHistogramTest {

    private static final String NAME = "poweralgo_metering_reading_age_seconds";

    private static String scrape(long upTo100ms, long upTo1s, long upTo30s, long all) {
        return """
                # HELP poweralgo_metering_reading_age_seconds time from a reading's timestamp until its meter-hour read model holds it
                # TYPE poweralgo_metering_reading_age_seconds histogram
                poweralgo_metering_reading_age_seconds_bucket{le="0.1"} %d
                poweralgo_metering_reading_age_seconds_bucket{le="1.0"} %d
                poweralgo_metering_reading_age_seconds_bucket{le="30.0"} %d
                poweralgo_metering_reading_age_seconds_bucket{le="+Inf"} %d
                poweralgo_metering_reading_age_seconds_count %d
                poweralgo_metering_reading_age_seconds_sum 12.5
                """.formatted(upTo100ms, upTo1s, upTo30s, all, all);
    }

    @Test
    void a_quantile_is_the_upper_bound_of_the_bucket_holding_it() {
        PrometheusHistogram ages = PrometheusHistogram.parse(scrape(50, 99, 100, 100), NAME);

        assertThat(ages.count()).isEqualTo(100);
        assertThat(ages.quantileUpperBound(0.5)).isEqualTo(0.1);
        assertThat(ages.quantileUpperBound(0.51)).isEqualTo(1.0);
        assertThat(ages.quantileUpperBound(0.99)).isEqualTo(1.0);
        assertThat(ages.quantileUpperBound(1)).isEqualTo(30.0);
    }

    @Test
    void the_difference_of_two_scrapes_holds_only_the_observations_between_them() {
        PrometheusHistogram before = PrometheusHistogram.parse(scrape(1_000, 1_000, 1_000, 1_000), NAME);
        PrometheusHistogram after = PrometheusHistogram.parse(scrape(1_000, 1_001, 1_010, 1_010), NAME);

        PrometheusHistogram phase = after.since(before);

        assertThat(phase.count()).isEqualTo(10);
        assertThat(phase.quantileUpperBound(0.1)).isEqualTo(1.0);
        assertThat(phase.quantileUpperBound(0.5)).isEqualTo(30.0);
    }

    @Test
    void a_quantile_above_the_largest_bucket_is_infinite() {
        PrometheusHistogram ages = PrometheusHistogram.parse(scrape(0, 0, 98, 100), NAME);

        assertThat(ages.quantileUpperBound(0.98)).isEqualTo(30.0);
        assertThat(ages.quantileUpperBound(0.99)).isInfinite();
        assertThat(ages.largestFiniteBound()).isEqualTo(30.0);
    }

    @Test
    void the_rank_is_not_pushed_up_by_rounding() {
        PrometheusHistogram ages = PrometheusHistogram.parse(scrape(7, 8, 100, 100), NAME);

        assertThat(ages.quantileUpperBound(0.07)).isEqualTo(0.1);
    }

    @Test
    void a_scrape_without_the_histogram_is_refused() {
        assertThatThrownBy(() -> PrometheusHistogram.parse("jvm_threads_live_threads 42\n", NAME))
                .hasMessageContaining("no histogram " + NAME);
    }

    @Test
    void a_histogram_with_several_series_is_refused() {
        String twoSeries = scrape(1, 2, 3, 3).replace("_bucket{le=", "_bucket{outcome=\"a\",le=")
                + scrape(1, 2, 3, 3).replace("_bucket{le=", "_bucket{outcome=\"b\",le=");

        assertThatThrownBy(() -> PrometheusHistogram.parse(twoSeries, NAME)).hasMessageContaining("more than one series");
    }
}
