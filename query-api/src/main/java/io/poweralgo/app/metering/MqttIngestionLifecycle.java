package io.poweralgo.app.metering;

import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import org.springframework.context.SmartLifecycle;

/**
 * Subscribes once everything that records readings is running, and disconnects first on shutdown:
 * its phase is late among the application's lifecycles, which stop in reverse order.
 */
public final class MqttIngestionLifecycle implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 100;

    private final MqttReadingSubscriber subscriber;
    private volatile boolean running;

    public MqttIngestionLifecycle(MqttReadingSubscriber subscriber) {
        this.subscriber = subscriber;
    }

    @Override
    public void start() {
        subscriber.start();
        running = true;
    }

    @Override
    public void stop() {
        subscriber.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
