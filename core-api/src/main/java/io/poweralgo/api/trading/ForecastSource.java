package io.poweralgo.api.trading;

/** Where an hour's forecast of a household's import and export comes from. */
public enum ForecastSource {
    /** the household's own closed meter-hours of the same hour of day and day type */
    METER_HISTORY,
    /** the standard household load profile (BDEW H25) scaled to its annual consumption, and the PV model for its peak power */
    STANDARD_PROFILE,
    /** neither: no history and no declared consumption or peak power; the agent places nothing */
    NONE
}
