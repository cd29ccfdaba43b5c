package io.poweralgo.market.clearing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "io.poweralgo.market.clearing", importOptions = ImportOption.DoNotIncludeTests.class)
class ClearingIsPlainJavaTest {

    @ArchTest
    static final ArchRule clearing_uses_only_the_jdk_and_core_api =
            classes().should().onlyDependOnClassesThat()
                     .resideInAnyPackage("java..", "io.poweralgo.api..", "io.poweralgo.market.clearing..")
                     .because("the clearing engine is tested, property-tested and benchmarked without a framework");
}
