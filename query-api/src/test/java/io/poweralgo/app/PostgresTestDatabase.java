package io.poweralgo.app;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database of its own on the machine's PostgreSQL server (trust authentication; .ci/run starts
 * the server), made for one test class and dropped after it. POWERALGO_TEST_PG_URL and
 * POWERALGO_TEST_PG_USER point elsewhere.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String SERVER = System.getenv().getOrDefault("POWERALGO_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("POWERALGO_TEST_PG_USER", "postgres");

    private final JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(SERVER + "postgres", USER, ""));
    private final String name = "poweralgo_it_" + UUID.randomUUID().toString().replace("-", "");

    private PostgresTestDatabase() {
        admin.execute("CREATE DATABASE " + name);
    }

    public static PostgresTestDatabase create() {
        return new PostgresTestDatabase();
    }

    /** A connection to this database, to look at what the applications wrote. */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(SERVER + name, USER, ""));
    }

    /** The application's datasource settings for this database, followed by {@code more}. */
    public String[] settingsWith(String... more) {
        return Stream.concat(Stream.of("spring.datasource.url=" + SERVER + name, "spring.datasource.username=" + USER,
                "spring.datasource.password="), Stream.of(more)).toArray(String[]::new);
    }

    @Override
    public void close() {
        admin.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
