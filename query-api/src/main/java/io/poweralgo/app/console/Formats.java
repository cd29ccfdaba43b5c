package io.poweralgo.app.console;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the web application's templates show money, energy and time: exact decimals and UTC. */
@Component("fmt")
public class Formats {

    private static final int MICRO_DECIMALS = 6;
    private static final int KWH_DECIMALS = 3;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                                                                  .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Stablecoin micro-units as a decimal with all six places, e.g. {@code -0.267900}; blank for none. */
    public String money(Long micro) {
        return micro == null ? "" : BigDecimal.valueOf(micro, MICRO_DECIMALS).toPlainString();
    }

    /** Wh as kWh with all three places, e.g. {@code 1234.567}; blank for none. */
    public String kwh(Long wh) {
        return wh == null ? "" : BigDecimal.valueOf(wh, KWH_DECIMALS).toPlainString();
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
