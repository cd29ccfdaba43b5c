package io.poweralgo.market.agent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "io.poweralgo.market.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class AgentIsPlainJavaTest {

    @ArchTest
    static final ArchRule the_agent_uses_only_the_jdk_and_core_api =
            classes().should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.market.agent..")
                     .because("the agent's decision is a pure function, tested and property-tested without a framework");
}
