package io.poweralgo.app.web;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.stream.MarketStream;
import io.poweralgo.market.command.OrderQuantityLimits;
import io.poweralgo.market.query.MarketQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The hour-ahead markets: browsing, order placement and the live stream of market states. */
@RestController
@RequestMapping("/api/markets")
@Tag(name = "Markets", description = "Hour-ahead markets, orders and the order book")
public class MarketController {

    private static final Logger log = LoggerFactory.getLogger(MarketController.class);

    private final CommandGateway commands;
    private final MarketQueries queries;
    private final MarketStream stream;
    private final Clock clock;
    private final OrderQuantityLimits quantityLimits;

    public MarketController(CommandGateway commands, MarketQueries queries, MarketStream stream, Clock clock,
                            OrderQuantityLimits quantityLimits) {
        this.commands = commands;
        this.quantityLimits = quantityLimits;
        this.queries = queries;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Markets of a microgrid by delivery start (default: from a day ago to two days ahead)")
    public List<MarketResponses.Market> markets(@RequestParam String microgrid,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant now = clock.instant();
        List<MarketView> found = queries.markets(new MicrogridId(microgrid),
                from != null ? from : now.minus(Duration.ofDays(1)), to != null ? to : now.plus(Duration.ofDays(2)));
        return found.stream()
                    .map(view -> MarketResponses.Market.of(view, false))
                    .toList();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events 'market' for every market opened, gate closed, cleared, settling, settled or failed")
    public SseEmitter stream() {
        return stream.connect();
    }

    @GetMapping("/{marketId}")
    @Operation(summary = "One market with its state and, once cleared, price, volume and curves")
    public MarketResponses.Market market(@PathVariable String marketId) {
        MarketId id = MarketId.parse(marketId);
        return queries.market(id)
                      .map(view -> MarketResponses.Market.of(view, true))
                      .orElseThrow(() -> new NotFoundException("No market " + marketId));
    }

    @GetMapping("/{marketId}/orderbook")
    @Operation(summary = "Order book depth by price level (all orders not cancelled)")
    public MarketResponses.OrderBook orderBook(@PathVariable String marketId) {
        MarketId id = MarketId.parse(marketId);
        return MarketResponses.OrderBook.of(queries.orderBook(id));
    }

    @PostMapping("/{marketId}/bids")
    @Operation(summary = "Place a bid: energy wanted at most at the limit price; reserves its cost")
    public ResponseEntity<MarketResponses.Order> bid(@PathVariable String marketId,
                                                     @Valid @RequestBody MarketRequests.Order request,
                                                     Authentication authentication) {
        return place(marketId, Side.BUY, request, authentication);
    }

    @PostMapping("/{marketId}/offers")
    @Operation(summary = "Place an offer (prosumers only): energy for sale at least at the limit price")
    public ResponseEntity<MarketResponses.Order> offer(@PathVariable String marketId,
                                                       @Valid @RequestBody MarketRequests.Order request,
                                                       Authentication authentication) {
        return place(marketId, Side.SELL, request, authentication);
    }

    @PatchMapping("/{marketId}/orders/{orderId}")
    @Operation(summary = "Amend one's own open order; it queues behind orders placed before the amendment")
    public MarketResponses.Order amend(@PathVariable String marketId, @PathVariable String orderId,
                                       @Valid @RequestBody MarketRequests.Amendment request, Authentication authentication) {
        MarketId market = MarketId.parse(marketId);
        ParticipantId trader = new ParticipantId(authentication.getName());
        commands.sendAndWait(new AmendOrder(market, new OrderId(orderId), trader,
                quantityLimits.limitFor(market.microgridId()).require(Energy.ofWh(request.quantityWh())),
                Price.perKwh(request.limitPricePerKwh())));
        log.info("order amended market={} order={} trader={}", market, orderId, trader);
        return new MarketResponses.Order(orderId, market.value(), trader.value(), null, request.quantityWh(),
                request.limitPricePerKwh(), null, OrderStatus.OPEN, null, null, null, null);
    }

    @DeleteMapping("/{marketId}/orders/{orderId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel one's own open order")
    public void cancel(@PathVariable String marketId, @PathVariable String orderId, Authentication authentication) {
        MarketId market = MarketId.parse(marketId);
        ParticipantId trader = new ParticipantId(authentication.getName());
        commands.sendAndWait(new CancelOrder(market, new OrderId(orderId), trader));
        log.info("order cancelled market={} order={} trader={}", market, orderId, trader);
    }

    private ResponseEntity<MarketResponses.Order> place(String marketId, Side side, MarketRequests.Order request,
                                                        Authentication authentication) {
        MarketId market = MarketId.parse(marketId);
        ParticipantId trader = new ParticipantId(authentication.getName());
        OrderId orderId = OrderId.random();
        OrderId placed = commands.sendAndWait(new PlaceOrder(market, orderId, trader, side,
                quantityLimits.limitFor(market.microgridId()).require(Energy.ofWh(request.quantityWh())),
                Price.perKwh(request.limitPricePerKwh()), request.clientOrderId(), OrderSource.MANUAL));
        if (!placed.equals(orderId)) {
            // the client order id was used before: this is that order, not a new one
            return ResponseEntity.ok(new MarketResponses.Order(placed.value(), market.value(), trader.value(), null,
                    null, null, request.clientOrderId(), null, null, null, null, OrderSource.MANUAL));
        }
        log.info("order placed market={} order={} trader={} side={} quantityWh={} limit={}", market, placed, trader,
                side, request.quantityWh(), request.limitPricePerKwh());
        return ResponseEntity.created(URI.create("/api/markets/" + market.value() + "/orders/" + placed.value()))
                             .body(new MarketResponses.Order(placed.value(), market.value(), trader.value(), side,
                                     request.quantityWh(), request.limitPricePerKwh(), request.clientOrderId(),
                                     OrderStatus.OPEN, 0L, null, null, OrderSource.MANUAL));
    }
}
