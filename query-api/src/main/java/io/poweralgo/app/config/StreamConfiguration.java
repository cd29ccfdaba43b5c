package io.poweralgo.app.config;

import io.poweralgo.app.stream.MarketStream;
import io.poweralgo.app.stream.ParticipantStream;
import io.poweralgo.app.stream.ParticipantStreamRouting;
import io.poweralgo.app.stream.StoredMarketOrders;
import io.poweralgo.market.query.MarketQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live streams (server-sent events) and their limits per instance. */
@Configuration(proxyBeanMethods = false)
public class StreamConfiguration {

    @Bean
    MarketStream marketStream(PowerAlgoProperties properties) {
        return new MarketStream(properties.streams().maxClients());
    }

    @Bean
    ParticipantStream participantStream(MarketQueries markets, PowerAlgoProperties properties) {
        PowerAlgoProperties.Streams limits = properties.streams();
        return new ParticipantStream(new ParticipantStreamRouting(new StoredMarketOrders(markets)),
                limits.maxClients(), limits.maxClientsPerParticipant());
    }
}
