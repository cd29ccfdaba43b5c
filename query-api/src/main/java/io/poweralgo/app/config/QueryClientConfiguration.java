package io.poweralgo.app.config;

import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.market.query.ParticipantQueries;
import io.poweralgo.metering.query.MeteringQueries;
import io.poweralgo.settlement.query.SettlementQueries;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each context's query client, the only way the REST API, the web application and the live streams ask a read model. */
@Configuration(proxyBeanMethods = false)
class QueryClientConfiguration {

    @Bean
    MarketQueries marketQueries(QueryGateway queries) {
        return new MarketQueries(queries);
    }

    @Bean
    ParticipantQueries participantQueries(QueryGateway queries) {
        return new ParticipantQueries(queries);
    }

    @Bean
    SettlementQueries settlementQueries(QueryGateway queries) {
        return new SettlementQueries(queries);
    }

    @Bean
    MeteringQueries meteringQueries(QueryGateway queries) {
        return new MeteringQueries(queries);
    }
}
