package io.poweralgo.app;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' migrations share one schema and one Flyway history, so their versions are numbered
 * once across all modules (docs/operations.md, "Database migrations"): the application's classpath
 * sees every module's migrations, as Flyway does at start-up.
 */
class MigrationVersionsTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__\\w+\\.sql");

    @Test
    void every_version_belongs_to_one_migration_and_none_is_skipped() throws IOException {
        Map<Integer, List<String>> migrationsByVersion = new TreeMap<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            Matcher name = VERSIONED.matcher(migration.getFilename());
            assertThat(name.matches()).as("%s is named V<version>__<description>.sql", migration).isTrue();
            migrationsByVersion.computeIfAbsent(Integer.valueOf(name.group(1)), version -> new ArrayList<>())
                               .add(migration.getURL().toString());
        }

        assertThat(migrationsByVersion).isNotEmpty().allSatisfy((version, migrations) ->
                assertThat(migrations).as("migrations of version V%d", version).hasSize(1));
        assertThat(migrationsByVersion.keySet()).as("versions, one after the other from V1")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, migrationsByVersion.size()).boxed().toList());
    }
}
