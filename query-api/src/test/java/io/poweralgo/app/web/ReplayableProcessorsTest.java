package io.poweralgo.app.web;

import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayableProcessorsTest {

    @ProcessingGroup("settlements")
    static class Settlements implements ReplayableReadModel {
    }

    @ProcessingGroup("settlements")
    static class Statements implements ReplayableReadModel {
    }

    @ProcessingGroup("markets")
    static class Markets implements ReplayableReadModel {
    }

    static class Undeclared implements ReplayableReadModel {
    }

    @Test
    void lists_each_processing_group_of_the_read_models_once_in_alphabetical_order() {
        ReplayableProcessors processors = new ReplayableProcessors(List.of(new Settlements(), new Markets(), new Statements()));

        assertThat(processors.names()).containsExactly("markets", "settlements");
    }

    @Test
    void a_processor_without_a_replayable_read_model_is_not_replayable() {
        ReplayableProcessors processors = new ReplayableProcessors(List.of(new Markets()));

        assertThat(processors.contains("markets")).isTrue();
        assertThat(processors.contains("market-stream")).isFalse();
    }

    @Test
    void a_read_model_must_declare_its_processing_group() {
        assertThatThrownBy(() -> new ReplayableProcessors(List.of(new Undeclared())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Undeclared");
    }

    @Test
    void the_platforms_replayable_processors_are_its_eight_read_model_groups() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ReplayableReadModel.class));
        TreeSet<String> groups = new TreeSet<>();
        for (BeanDefinition readModel : scanner.findCandidateComponents("io.poweralgo")) {
            Class<?> type = ClassUtils.resolveClassName(readModel.getBeanClassName(), getClass().getClassLoader());
            if (!type.getName().startsWith(ReplayableProcessorsTest.class.getName())) {
                groups.add(ReplayableProcessors.processingGroupOf(type));
            }
        }

        assertThat(groups).containsExactly("markets", "meter-intervals", "meter-registry", "microgrids", "orders",
                "participants", "settlements", "trading-preferences");
    }
}
