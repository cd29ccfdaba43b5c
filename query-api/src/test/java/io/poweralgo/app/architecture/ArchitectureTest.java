package io.poweralgo.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of modules and packages, checked on every build: pure engines stay plain Java, packages form no
 * cycles, and each context reaches other code only through core-api, the ledger module and the pure forecasting
 * module, so a context can be read, tested and changed on its own.
 */
@AnalyzeClasses(packages = "io.poweralgo", importOptions = PowerAlgoMainClasses.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
            "org.springframework..", "org.axonframework..", "com.mongodb..", "org.bson..", "com.algorand.."};

    private static final String CORE_API = "io.poweralgo.api..";
    private static final String LEDGER = "io.poweralgo.ledger..";
    private static final String FORECAST = "io.poweralgo.forecast..";

    @ArchTest
    static final ArchRule engines_are_plain_java =
            noClasses().that().resideInAnyPackage(
                            "..market.clearing..", "..market.agent..", "..settlement.calc..", "..settlement.planner..",
                            "..metering.interval..")
                       .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                       .because("the engines are plain classes with plain unit tests, property tests and benchmarks");

    @ArchTest
    static final ArchRule forecasting_is_plain_java =
            noClasses().that().resideInAPackage("..forecast..")
                       .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                       .because("forecasting is an engine like clearing, shared by the platform and the simulator");

    @ArchTest
    static final ArchRule forecasting_depends_only_on_core_api =
            noClasses().that().resideInAPackage(FORECAST)
                       .should().dependOnClassesThat(ourClassesOutside(FORECAST, CORE_API))
                       .because("forecasting is pure and serves the contexts and the simulator, so it can know none of them");

    @ArchTest
    static final ArchRule metering_command_side_does_not_know_ingestion =
            noClasses().that().resideInAPackage("..metering.command..")
                       .should().dependOnClassesThat().resideInAPackage("..metering.ingest..")
                       .because("the MeterReading aggregate decides on readings however they arrive; MQTT ingestion feeds it");

    @ArchTest
    static final ArchRule packages_form_no_cycles =
            slices().matching("io.poweralgo.(**)").should().beFreeOfCycles()
                    .because("a package that is part of a cycle cannot be understood or moved on its own");

    @ArchTest
    static final ArchRule market_depends_only_on_core_api_and_ledger =
            contextDependsOnlyOnCoreApiAndLedger("io.poweralgo.market..");

    @ArchTest
    static final ArchRule settlement_depends_only_on_core_api_and_ledger =
            contextDependsOnlyOnCoreApiAndLedger("io.poweralgo.settlement..");

    @ArchTest
    static final ArchRule metering_depends_only_on_core_api_and_ledger =
            contextDependsOnlyOnCoreApiAndLedger("io.poweralgo.metering..");

    @ArchTest
    static final ArchRule core_api_depends_on_nothing_of_ours =
            noClasses().that().resideInAPackage(CORE_API)
                       .should().dependOnClassesThat(ourClassesOutside(CORE_API))
                       .because("core-api holds the messages every context shares, so it can depend on none of them");

    @ArchTest
    static final ArchRule ledger_depends_only_on_core_api =
            noClasses().that().resideInAPackage(LEDGER)
                       .should().dependOnClassesThat(ourClassesOutside(LEDGER, CORE_API))
                       .because("the ledger module serves every context and so can know none of them");

    private static ArchRule contextDependsOnlyOnCoreApiAndLedger(String context) {
        return noClasses().that().resideInAPackage(context)
                          .should().dependOnClassesThat(ourClassesOutside(context, CORE_API, LEDGER, FORECAST))
                          .because("a context talks to the others through core-api's messages, uses the ledger "
                                   + "through its ports and may use the pure forecasting engine like core-api; "
                                   + "the application shell wires them together");
    }

    private static DescribedPredicate<JavaClass> ourClassesOutside(String... allowed) {
        return resideInAPackage("io.poweralgo..").and(not(resideInAnyPackage(allowed)))
                                                 .as("PowerAlgo classes outside %s", String.join(", ", allowed));
    }
}
