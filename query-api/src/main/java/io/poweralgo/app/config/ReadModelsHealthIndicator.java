package io.poweralgo.app.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The read models are up while their database answers a ping; its error is the detail of a down. */
class ReadModelsHealthIndicator implements HealthIndicator {

    private final MongoDatabase readModels;

    ReadModelsHealthIndicator(MongoDatabase readModels) {
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        try {
            readModels.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", readModels.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
