package io.poweralgo.forecast;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "io.poweralgo.forecast", importOptions = ImportOption.DoNotIncludeTests.class)
class ForecastingIsPlainJavaTest {

    @ArchTest
    static final ArchRule forecasting_uses_only_the_jdk_and_core_api =
            classes().should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.forecast..")
                     .because("forecasts are pure functions, tested and measured without a framework, "
                              + "and shared by the platform and the simulator");
}
