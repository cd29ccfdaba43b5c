package io.poweralgo.app.web;

import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The processing groups an operator may replay: those of the read models that declare themselves
 * {@link ReplayableReadModel}, so a new read model is replayable without a list to keep up to date.
 */
@Component
public class ReplayableProcessors {

    private final SortedSet<String> names = new TreeSet<>();

    public ReplayableProcessors(List<ReplayableReadModel> readModels) {
        readModels.forEach(readModel -> names.add(processingGroupOf(ClassUtils.getUserClass(readModel))));
    }

    public boolean contains(String processor) {
        return names.contains(processor);
    }

    /** In alphabetical order. */
    public List<String> names() {
        return List.copyOf(names);
    }

    static String processingGroupOf(Class<?> type) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
        if (group == null) {
            // without it Axon would name the processor after the package, which no operator could guess
            throw new IllegalStateException(type.getName() + " is a replayable read model without a @ProcessingGroup");
        }
        return group.value();
    }
}
