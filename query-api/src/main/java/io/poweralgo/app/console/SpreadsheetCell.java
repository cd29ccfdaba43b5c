package io.poweralgo.app.console;

/**
 * A CSV cell as a spreadsheet will read it. Text that a spreadsheet would run as a formula gets a
 * leading apostrophe; spreadsheets skip leading blanks before a formula sign, so those count too.
 * Numbers stay numbers: money is signed, and {@code -267900} must remain a value, not text.
 */
final class SpreadsheetCell {

    private static final String FORMULA_SIGNS = "=+-@";
    private static final String CONTROL_STARTS = "\t\r";

    private SpreadsheetCell() {
    }

    static Object of(Object value) {
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            String text = value.toString();
            return runsAsFormula(text) ? "'" + text : text;
        }
        return value;
    }

    private static boolean runsAsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (CONTROL_STARTS.indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        String unpadded = text.stripLeading();
        return !unpadded.isEmpty() && FORMULA_SIGNS.indexOf(unpadded.charAt(0)) >= 0;
    }
}
