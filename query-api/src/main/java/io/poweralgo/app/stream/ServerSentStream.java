package io.poweralgo.app.stream;

import org.springframework.context.SmartLifecycle;

/**
 * A stream of server-sent events to the clients connected to this instance, ended before the web
 * server's graceful shutdown waits for them, so that clients reconnect to another instance.
 *
 * @param <A> who a client may hear
 */
abstract class ServerSentStream<A> implements SmartLifecycle {

    protected final StreamClients<A> clients;
    private volatile boolean running;

    protected ServerSentStream(StreamClients<A> clients) {
        this.clients = clients;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        clients.completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
