package io.poweralgo.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.trading.TradingPreferences;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The preferences' JSON: pvPeakKw taken exactly to the watt, out-of-range values named by their field. */
class TradingRequestsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void the_issues_example_becomes_the_preferences_it_states() throws Exception {
        TradingRequests.Preferences request = json.readValue("""
                {"autoTrading": true, "maxBuyPricePerKwh": 250000, "minSellPricePerKwh": 120000,
                 "annualConsumptionKwh": 3500, "pvPeakKw": 6.0}""", TradingRequests.Preferences.class);

        assertThat(validator.validate(request)).isEmpty();
        assertThat(request.toPreferences()).isEqualTo(
                new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), 3_500L, 6_000L));
    }

    @Test
    void peak_power_is_taken_exactly_to_the_watt() throws Exception {
        assertThat(parse("0.001").toPreferences().pvPeakWatts()).isEqualTo(1L);
        assertThat(parse("9.999").toPreferences().pvPeakWatts()).isEqualTo(9_999L);
        assertThat(parse("100").toPreferences().pvPeakWatts()).isEqualTo(100_000L);
    }

    @Test
    void more_than_three_decimals_of_a_kilowatt_are_refused() throws Exception {
        assertThat(fieldsRefused(parse("6.0005"))).containsExactly("pvPeakKw");
    }

    @Test
    void zero_negative_and_absurd_peak_power_are_refused() throws Exception {
        assertThat(fieldsRefused(parse("0"))).containsExactly("pvPeakKw");
        assertThat(fieldsRefused(parse("-6"))).containsExactly("pvPeakKw");
        assertThat(fieldsRefused(parse("100.001"))).containsExactly("pvPeakKw");
        assertThat(fieldsRefused(parse("1e9"))).contains("pvPeakKw");
    }

    @Test
    void negative_prices_and_absurd_consumption_are_refused() {
        TradingRequests.Preferences request = new TradingRequests.Preferences(true, -1L, -5L, 100_001L, null);

        assertThat(fieldsRefused(request)).containsExactlyInAnyOrder("maxBuyPricePerKwh", "minSellPricePerKwh",
                "annualConsumptionKwh");
        assertThat(fieldsRefused(new TradingRequests.Preferences(true, 1L, null, 0L, null)))
                .containsExactly("annualConsumptionKwh");
    }

    @Test
    void auto_trading_and_the_buy_price_are_required() {
        assertThat(fieldsRefused(new TradingRequests.Preferences(null, null, null, null, null)))
                .containsExactlyInAnyOrder("autoTrading", "maxBuyPricePerKwh");
    }

    @Test
    void the_answer_shows_peak_power_in_kilowatts_without_exponent() {
        TradingPreferences preferences = new TradingPreferences(true, Price.perKwh(250_000), null, null, 10_000L);

        assertThat(TradingResponses.Preferences.of("alice", preferences, Instant.EPOCH, "alice", null).pvPeakKw())
                .isEqualByComparingTo("10").extracting(BigDecimal::toString).isEqualTo("10");
    }

    private TradingRequests.Preferences parse(String pvPeakKw) throws Exception {
        return json.readValue("{\"autoTrading\": true, \"maxBuyPricePerKwh\": 250000, \"pvPeakKw\": " + pvPeakKw + "}",
                TradingRequests.Preferences.class);
    }

    private Set<String> fieldsRefused(TradingRequests.Preferences request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                        .collect(Collectors.toSet());
    }
}
