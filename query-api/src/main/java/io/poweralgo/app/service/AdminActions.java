package io.poweralgo.app.service;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.SetClearingRules;
import io.poweralgo.api.market.SetGateClosureLead;
import io.poweralgo.api.market.SetOrderQuantityLimit;
import io.poweralgo.api.market.SetMicrogridSite;
import io.poweralgo.api.market.SetTariffs;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ApproveKyc;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RejectKyc;
import io.poweralgo.api.participant.SuspendParticipant;
import io.poweralgo.api.rejection.InvalidValueException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;

/** KYC decisions and market parameters, for the REST API and the web application alike. */
@Service
public class AdminActions {

    private static final Logger log = LoggerFactory.getLogger(AdminActions.class);

    private final CommandGateway commands;

    public AdminActions(CommandGateway commands) {
        this.commands = commands;
    }

    public AlgorandAddress approveKyc(ParticipantId participant, AdminId admin) {
        AlgorandAddress address = commands.sendAndWait(new ApproveKyc(participant, admin));
        log.info("kyc approved participant={} admin={} address={}", participant, admin, address);
        return address;
    }

    public void rejectKyc(ParticipantId participant, AdminId admin, String reason) {
        commands.sendAndWait(new RejectKyc(participant, admin, reason));
        log.info("kyc rejected participant={} admin={}", participant, admin);
    }

    public void suspend(ParticipantId participant, AdminId admin, String reason) {
        commands.sendAndWait(new SuspendParticipant(participant, admin, reason));
        log.info("participant suspended participant={} admin={}", participant, admin);
    }

    public Tariffs setTariffs(MicrogridId microgrid, long gridRetailPricePerKwh, long feedInTariffPerKwh, AdminId admin) {
        Tariffs tariffs = new Tariffs(Price.perKwh(gridRetailPricePerKwh), Price.perKwh(feedInTariffPerKwh));
        commands.sendAndWait(new SetTariffs(microgrid, tariffs, admin));
        log.info("tariffs set microgrid={} retail={} feedIn={} admin={}", microgrid, gridRetailPricePerKwh,
                feedInTariffPerKwh, admin);
        return tariffs;
    }

    /** {@code priceRuleK} in [0, 1] with at most six decimals; 0.5 is the midpoint. */
    public PriceRule setClearingRules(MicrogridId microgrid, ClearingMechanism mechanism, BigDecimal priceRuleK,
                                      AdminId admin) {
        if (mechanism == null) {
            throw new InvalidValueException("mechanism", "must be PAY_AS_CLEAR or PAY_AS_BID");
        }
        PriceRule rule = new PriceRule(ppm(priceRuleK));
        commands.sendAndWait(new SetClearingRules(microgrid, mechanism, rule, admin));
        log.info("clearing rules set microgrid={} mechanism={} kPpm={} admin={}", microgrid, mechanism, rule.kPpm(), admin);
        return rule;
    }

    public GateClosureLead setGateClosureLead(MicrogridId microgrid, long minutes, AdminId admin) {
        GateClosureLead lead = GateClosureLead.ofMinutes(minutes);
        commands.sendAndWait(new SetGateClosureLead(microgrid, lead, admin));
        log.info("gate-closure lead set microgrid={} minutes={} admin={}", microgrid, minutes, admin);
        return lead;
    }

    public OrderQuantityLimit setOrderQuantityLimit(MicrogridId microgrid, long maxOrderWh, AdminId admin) {
        OrderQuantityLimit limit = new OrderQuantityLimit(maxOrderWh);
        commands.sendAndWait(new SetOrderQuantityLimit(microgrid, limit, admin));
        log.info("order quantity limit set microgrid={} maxOrderWh={} admin={}", microgrid, maxOrderWh, admin);
        return limit;
    }

    /** Where the microgrid lies (degrees north and east) and its time zone by name, e.g. Europe/Berlin. */
    public MicrogridSite setSite(MicrogridId microgrid, double latitude, double longitude, String timeZone, AdminId admin) {
        MicrogridSite site = new MicrogridSite(latitude, longitude, zone(timeZone));
        commands.sendAndWait(new SetMicrogridSite(microgrid, site, admin));
        log.info("site set microgrid={} latitude={} longitude={} timeZone={} admin={}", microgrid, latitude, longitude,
                site.zone().getId(), admin);
        return site;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidValueException("timeZone", "is required, e.g. Europe/Berlin");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "is not a known time zone (e.g. Europe/Berlin): " + timeZone.strip());
        }
    }

    private static long ppm(BigDecimal k) {
        if (k == null || k.signum() < 0 || k.compareTo(BigDecimal.ONE) > 0 || k.stripTrailingZeros().scale() > 6) {
            throw new InvalidValueException("priceRuleK", "must be a number from 0 to 1 with at most six decimals");
        }
        return k.movePointRight(6).longValueExact();
    }
}
