package io.poweralgo.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.util.regex.Pattern;

/**
 * The production classes of this repository and nothing else. Depending on how Maven runs, the
 * other modules reach query-api's test classpath as their {@code target} directories, as the jars
 * the reactor just packaged, or as jars in the local repository; test classes and test-jars are
 * left out because fixtures may reach across contexts.
 */
final class PowerAlgoMainClasses implements ImportOption {

    private static final Pattern JAR_BUILT_FROM_THIS_REPOSITORY =
            Pattern.compile(".*(/target/|/io/poweralgo/)[^!]*\\.jar!/.*");
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private final ImportOption notTests = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        if (!notTests.includes(location) || location.matches(TEST_JAR)) {
            return false;
        }
        return !location.isJar() || location.matches(JAR_BUILT_FROM_THIS_REPOSITORY);
    }
}
