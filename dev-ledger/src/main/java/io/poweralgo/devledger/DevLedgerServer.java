package io.poweralgo.devledger;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link DevLedger} behind algod's v2 REST API, so that the platform talks to it with algosdk's
 * AlgodClient exactly as to a real algod: same paths, same bytes, same {@code X-Algo-API-Token}.
 */
public final class DevLedgerServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevLedgerServer.class);
    private static final int BACKLOG = 256;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server sends a response's headers and body as separate TCP segments; with Nagle's
        // algorithm on, the body waits for the client's delayed ACK, about 40 ms per request. The
        // JDK reads this property once, when it creates its first HTTP server in the process.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final DevLedger ledger;
    private final HttpServer server;
    private final ExecutorService workers;
    private final AlgodHttpHandler handler;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevLedgerServer(DevLedger ledger, HttpServer server, ExecutorService workers, AlgodHttpHandler handler,
                            String host) {
        this.ledger = ledger;
        this.server = server;
        this.workers = workers;
        this.handler = handler;
        this.host = host;
    }

    /** Opens the ledger (replaying its journal, or starting it from the genesis), binds and serves. */
    public static DevLedgerServer start(DevLedgerSettings settings) {
        Clock clock = Clock.systemUTC();
        DevLedger ledger = DevLedger.open(settings.journalDir(), settings.genesis(), clock, settings.retainedRounds());
        ExecutorService workers = Executors.newCachedThreadPool(workerThreads());
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), BACKLOG);
            AlgodHttpHandler handler = new AlgodHttpHandler(new AlgodApi(ledger, clock), settings.apiToken());
            server.createContext("/", handler);
            server.createContext("/v1/", new KmdHttpHandler(settings.walletSeeds(), settings.apiToken()));
            server.setExecutor(workers);
            server.start();
            DevLedgerServer started = new DevLedgerServer(ledger, server, workers, handler, settings.host());
            if (settings.apiToken().isBlank()) {
                log.warn("dev ledger serves without an API token url={}", started.url());
            }
            log.info("dev ledger listening url={} genesisId={} lastRound={}", started.url(), ledger.genesisId(),
                    ledger.lastRound());
            return started;
        } catch (IOException e) {
            workers.shutdownNow();
            ledger.close();
            throw new UncheckedIOException("the dev ledger cannot listen on " + settings.host() + ":"
                    + settings.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL for algosdk, e.g. {@code http://127.0.0.1:4001}. */
    public String url() {
        String bracketed = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + bracketed + ":" + port();
    }

    public DevLedger ledger() {
        return ledger;
    }

    /** Makes the server misbehave from the next request on; {@link Fault#none()} restores normal service. */
    public void respondWith(Fault fault) {
        handler.respondWith(fault);
        log.info("dev ledger fault set fault={}", fault);
    }

    /** Stops serving (open requests are cut off) and closes the journal; closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("dev ledger request threads still running after close url={}", url());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ledger.close();
        log.info("dev ledger stopped url={}", url());
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dev-ledger-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
