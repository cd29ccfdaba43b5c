package io.poweralgo.app.config;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Restricts the data directory before any bean writes to it: a bean factory post-processor runs
 * ahead of the data sources, the embedded servers and the key stores.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

    @Bean
    static DataDirectoryGuard dataDirectoryGuard(Environment environment) {
        return new DataDirectoryGuard(Binder.get(environment).bind("poweralgo.data-dir", Path.class)
                                            .orElse(Path.of("./data")).toAbsolutePath().normalize());
    }

    static final class DataDirectoryGuard implements BeanFactoryPostProcessor, DisposableBean {

        private final Path dataDir;
        private OwnerOnlyDirectory directory;

        DataDirectoryGuard(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            directory = OwnerOnlyDirectory.secure(dataDir);
        }

        @Override
        public void destroy() throws IOException {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
