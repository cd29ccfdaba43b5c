package io.poweralgo.app.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

final class MeterRequests {

    private MeterRequests() {
    }

    record Register(@NotBlank String meterId, @NotBlank String publicKey, @NotNull Long ratedPowerWatts) {
    }
}
