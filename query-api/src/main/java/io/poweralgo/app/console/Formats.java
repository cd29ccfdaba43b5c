package io.poweralgo.app.console;

import io.poweralgo.simulator.microgrid.report.Kwh;
import io.poweralgo.simulator.microgrid.report.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the web application's templates show money, energy and time: exact decimals and UTC. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                                                                  .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Stablecoin micro-units as a decimal, e.g. {@code -0.267900}; blank for none. */
    public String money(Long micro) {
        return micro == null ? "" : Money.format(micro);
    }

    public String kwh(Long wh) {
        return wh == null ? "" : Kwh.format(wh);
    }

    /** A price rule's k from parts per million, e.g. {@code 0.5}. */
    public String ruleK(long kPpm) {
        return BigDecimal.valueOf(kPpm, 6).stripTrailingZeros().toPlainString();
    }

    public String time(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** Time of day only, e.g. {@code 14:00}. */
    public String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at);
    }

    public String hour(Instant at) {
        return at == null ? "" : HOUR.format(at);
    }
}
