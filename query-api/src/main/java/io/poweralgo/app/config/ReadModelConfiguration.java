package io.poweralgo.app.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Read models live in MongoDB and are reached only through the official driver. Without
 * {@code poweralgo.mongo.uri} the app starts its own MongoDB-wire server, persisted under the data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadModelConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    @Conditional(NoExternalMongo.class)
    MongoServer embeddedMongoServer(PowerAlgoProperties properties) throws IOException {
        Path file = properties.resolvedDataDir().resolve("readmodels.mv");
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        try {
            server.bind(properties.embedded().bindAddress(), properties.embedded().mongoPort());
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("embedded MongoDB-wire server cannot listen on "
                    + properties.embedded().bindAddress() + ":" + properties.embedded().mongoPort()
                    + "; set poweralgo.embedded.mongo-port to a free port or poweralgo.mongo.uri to an external MongoDB", e);
        }
        log.info("embedded read-model server listening address={} file={}", server.getLocalAddress(), file);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(PowerAlgoProperties properties, ObjectProvider<MongoServer> embedded) {
        String uri = properties.mongo().uri();
        if (!StringUtils.hasText(uri)) {
            InetSocketAddress address = embedded.getObject().getLocalAddress();
            uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        }
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(new ConnectionString(uri))
                                                      .applicationName("poweralgo")
                                                      .build());
    }

    @Bean
    MongoDatabase readModels(MongoClient client, PowerAlgoProperties properties) {
        return client.getDatabase(properties.mongo().database());
    }

    @Bean
    HealthIndicator readModelsHealthIndicator(MongoDatabase readModels) {
        return new ReadModelsHealthIndicator(readModels);
    }

    static class NoExternalMongo implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("poweralgo.mongo.uri"));
        }
    }
}
