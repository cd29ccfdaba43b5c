package io.poweralgo.app.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Collection;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Over Axon Server a query's answer travels as JSON that names its class but no generic types, so
 * a list arrives as a list of maps that no caller can use. Every list answer is a record in
 * core-api that names its element type, asked for with {@code ResponseTypes.instanceOf}.
 */
@AnalyzeClasses(packages = "io.poweralgo", importOptions = PowerAlgoMainClasses.class)
class QueryResponsesOverTheWireTest {

    @ArchTest
    static final ArchRule no_caller_asks_for_a_list =
            noClasses().should().callMethod(ResponseTypes.class, "multipleInstancesOf", Class.class)
                       .because("a List loses its element type on the wire; ask for the record that holds it");

    @ArchTest
    static final ArchRule no_query_handler_answers_with_a_bare_collection =
            noMethods().that().areAnnotatedWith(QueryHandler.class)
                       .should().haveRawReturnType(assignableTo(Collection.class))
                       .because("a Collection loses its element type on the wire; answer with a record that names it");
}
