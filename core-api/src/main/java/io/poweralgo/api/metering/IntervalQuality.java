package io.poweralgo.api.metering;

/**
 * COMPLETE: both boundaries read, or interpolated between readings at most the allowed gap apart.
 * GAP_INTERPOLATED: a boundary interpolated across a longer gap. ESTIMATED: a boundary had readings
 * on one side only and holds the nearest register value.
 */
public enum IntervalQuality {
    COMPLETE, GAP_INTERPOLATED, ESTIMATED
}
