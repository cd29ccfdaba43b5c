package io.poweralgo.api.settlement;

import java.util.List;

/**
 * The answer to {@link FindStatements}. Names its element type so that it survives JSON on the
 * wire to Axon Server, which a bare {@code List} does not.
 */
public record StatementViews(List<StatementView> statements) {

    public StatementViews {
        statements = List.copyOf(statements);
    }
}
