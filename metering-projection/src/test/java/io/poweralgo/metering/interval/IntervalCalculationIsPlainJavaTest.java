package io.poweralgo.metering.interval;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "io.poweralgo.metering.interval", importOptions = ImportOption.DoNotIncludeTests.class)
class IntervalCalculationIsPlainJavaTest {

    @ArchTest
    static final ArchRule interval_calculation_uses_only_the_jdk_and_core_api =
            classes().should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.metering.interval..")
                     .because("interval calculation is tested without a framework, a broker or a database");
}
