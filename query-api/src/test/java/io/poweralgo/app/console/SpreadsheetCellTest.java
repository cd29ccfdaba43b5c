package io.poweralgo.app.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1", "  -2+3", "\n@x", "\tplain"})
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(String text) {
        assertThat(SpreadsheetCell.of(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SM-0001", "p-1 sells", "  plain", "a=b"})
    void ordinary_text_stays_as_it_is(String text) {
        assertThat(SpreadsheetCell.of(text)).isEqualTo(text);
    }

    @Test
    void negative_numbers_stay_numbers() {
        assertThat(SpreadsheetCell.of(-267_900L)).isEqualTo(-267_900L);
    }
}
