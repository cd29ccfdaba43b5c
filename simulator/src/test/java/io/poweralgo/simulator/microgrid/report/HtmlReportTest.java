package io.poweralgo.simulator.microgrid.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path directory;

    @Test
    void writes_one_page_with_three_inline_charts() throws IOException {
        Path file = directory.resolve("reports/simulation.html");

        HtmlReport.write(file, Summaries.aSunnyDay(List.of()));

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(count(html, "<svg")).isEqualTo(3);
        assertThat(html).contains("Clearing price per hour", "Energy per hour", "Benefit per participant")
                        .contains("clearing price per kWh", "delivery hour (UTC)", "kWh per hour");
    }

    @Test
    void references_nothing_outside_itself() {
        String html = HtmlReport.html(Summaries.aSunnyDay(List.of()));

        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "<img", "@import", "url(");
    }

    @Test
    void shows_the_summary_figures_in_a_table() {
        String html = HtmlReport.html(Summaries.aSunnyDay(List.of()));

        assertThat(html).contains("<table class=\"summary\">", "50.000 kWh", "0.145500 per kWh", "7.750000", "3.350000",
                "in 10 atomic groups", "Every settlement invariant held.");
    }

    @Test
    void the_table_compares_the_automatic_households_with_those_bidding_themselves() {
        String html = HtmlReport.html(Summaries.aSunnyDayHalfAutomatic());

        assertThat(html).contains("trading for 24 hours from 2026-06-01 00:00 UTC, 2 of them through the platform&#39;s trading agent</p>")
                        .contains("<th scope=\"row\">orders placed by the trading agent</th><td class=\"value\">20</td>")
                        .contains("<th scope=\"row\">automatic: sold peer to peer</th><td class=\"value\">30.000 kWh</td>")
                        .contains("<th scope=\"row\">own bidding: sold peer to peer</th><td class=\"value\">20.000 kWh</td>");
    }

    @Test
    void the_lead_names_the_twin_of_the_same_households_bidding_themselves() {
        String html = HtmlReport.html(Summaries.aSunnyDayComparedWithOwnBidding(List.of()));

        assertThat(html).contains("4 of them through the platform&#39;s trading agent, beside a twin microgrid of the same households"
                + " bidding themselves</p>");
    }

    @Test
    void escapes_names_and_violations() {
        List<ParticipantResult> participants = List.of(
                new ParticipantResult("p-1", "<b>&\"", "PROSUMER", false, 0, 1_000, 0, 0, 150_000, 70_000));
        SimulationSummary summary = Summaries.summary(Summaries.aSunnyDay(List.of()).hours(), participants, 145_500L,
                List.of("hour 3: <script>alert('x')</script>"));

        String html = HtmlReport.html(summary);

        assertThat(html).contains("&lt;b&gt;&amp;&quot;").doesNotContain("<b>&\"")
                        .contains("1 settlement invariant was violated:", "hour 3: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                        .doesNotContain("<script");
    }

    @Test
    void draws_a_bar_and_a_label_for_each_participant() {
        String svg = BenefitChart.svg(Summaries.aSunnyDay(List.of()).participants());

        assertThat(count(svg, "<rect class=\"prosumer\"")).isEqualTo(2 + 1);
        assertThat(count(svg, "<rect class=\"consumer\"")).isEqualTo(2 + 1);
        assertThat(svg.indexOf(">Consumer 1<")).isLessThan(svg.indexOf(">Consumer 2<")).isLessThan(svg.indexOf(">Prosumer 1<"));
    }

    @Test
    void many_participants_show_the_best_and_worst_thirty() {
        List<ParticipantResult> participants = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            participants.add(new ParticipantResult("c-" + i, "Consumer " + i, "CONSUMER", false, 1_000, 0, 0, 0, -150_000, i * 10_000L - 300_000));
        }

        String svg = BenefitChart.svg(participants);

        assertThat(count(svg, "<rect class=\"consumer\"")).isEqualTo(60 + 1);
        assertThat(svg).contains(">Consumer 100<", ">Consumer 71<", ">Consumer 30<", ">Consumer 1<", "40 more in between")
                       .doesNotContain(">Consumer 70<", ">Consumer 31<");
    }

    @Test
    void a_long_run_is_charted_per_day() {
        List<HourResult> hours = new ArrayList<>();
        for (int h = 0; h < 24 * 30; h++) {
            hours.add(new HourResult(Summaries.FIRST_HOUR.plus(Duration.ofHours(h)), "m" + h, 150_000L, 1_000, 500, 200, 1, 4, "SETTLED", List.of()));
        }

        String svg = EnergyChart.svg(hours);

        assertThat(svg).contains("Energy per day", "kWh per day", "24.000 kWh");
        assertThat(count(svg, "<rect class=\"p2p\"")).isEqualTo(30 + 1);
    }

    @Test
    void hours_without_trade_break_the_price_line() {
        String svg = PriceChart.svg(Summaries.aSunnyDay(List.of()).hours());

        assertThat(count(svg, "<polyline")).isEqualTo(1);
        assertThat(count(svg, "<circle")).isEqualTo(10);
        assertThat(svg).contains("06-01 08:00 UTC: 0.148000 per kWh");
    }

    @Test
    void an_empty_run_still_renders() {
        String html = HtmlReport.html(Summaries.summary(List.of(), List.of(), null, List.of()));

        assertThat(count(html, "<svg")).isEqualTo(3);
        assertThat(html).contains("nothing traded in any hour", "no hours simulated", "no participants");
    }

    private static int count(String text, String fragment) {
        return (int) Pattern.compile(Pattern.quote(fragment)).matcher(text).results().count();
    }
}
