package io.poweralgo.app.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Busy aggregates stay in memory, so that a command does not replay their events: bounded
 * on-heap Ehcache caches that hold entries by reference (a weak-reference cache loses them at
 * every young collection, which under load means replaying every meter-hour for every reading).
 * A stale entry (another instance appended meanwhile) fails on the event store's unique key and
 * is evicted.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache marketCache(CacheManager caches) {
        return cache(caches, "markets", 1_000);
    }

    @Bean
    Cache meterReadingCache(CacheManager caches, PowerAlgoProperties properties) {
        return cache(caches, "meter-hours", properties.metering().cachedHours());
    }

    @Bean
    Cache settlementCache(CacheManager caches) {
        return cache(caches, "settlements", 200);
    }

    private static Cache cache(CacheManager caches, String name, long entries) {
        // Axon's adapter takes Ehcache's own implementation class, which createCache returns
        return new EhCache3Adapter((Ehcache<Object, Object>) caches.createCache(name, CacheConfigurationBuilder
                .newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(entries))));
    }
}
