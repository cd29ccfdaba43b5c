package io.poweralgo.settlement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = {"io.poweralgo.settlement.calc", "io.poweralgo.settlement.planner"},
                importOptions = ImportOption.DoNotIncludeTests.class)
class EnginesArePlainJavaTest {

    @ArchTest
    static final ArchRule calculation_uses_only_the_jdk_core_api_and_the_planner =
            classes().that().resideInAPackage("io.poweralgo.settlement.calc..")
                     .should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.settlement.calc..",
                                         "io.poweralgo.settlement.planner..")
                     .because("the settlement calculation is tested and benchmarked without a framework or a ledger");

    @ArchTest
    static final ArchRule planner_uses_only_the_jdk_and_core_api =
            classes().that().resideInAPackage("io.poweralgo.settlement.planner..")
                     .should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.settlement.planner..")
                     .because("group planning is tested and benchmarked without a framework or a ledger");
}
