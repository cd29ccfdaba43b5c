package io.poweralgo.app.web;

import io.poweralgo.app.service.MeterManifest;

import java.util.List;

/** A manifest with at least one bad row: nothing of it is registered, and every bad row is reported. */
class ManifestInvalidException extends RuntimeException {

    private final List<MeterManifest.RowError> errors;

    ManifestInvalidException(List<MeterManifest.RowError> errors) {
        super(errors.size() + " manifest row(s) are invalid; nothing was registered", null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<MeterManifest.RowError> errors() {
        return errors;
    }
}
