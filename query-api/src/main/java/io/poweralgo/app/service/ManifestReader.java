package io.poweralgo.app.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.config.PowerAlgoProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** Reads a vendor's manifest within the configured bounds ({@code poweralgo.meters.manifest-max-*}). */
@Component
public class ManifestReader {

    public enum Format { CSV, JSON }

    private final ObjectMapper json;
    private final PowerAlgoProperties.Meters limits;

    public ManifestReader(ObjectMapper json, PowerAlgoProperties properties) {
        this.json = json;
        this.limits = properties.meters();
    }

    public MeterManifest read(byte[] manifest, Format format) {
        if (manifest.length > limits.manifestMaxBytes().toBytes()) {
            throw DomainRejection.invalid("MANIFEST_TOO_LARGE", "A manifest is at most "
                    + limits.manifestMaxBytes().toKilobytes() + " KB; split it into several imports");
        }
        String text = new String(manifest, StandardCharsets.UTF_8);
        return switch (format) {
            case CSV -> MeterManifest.fromCsv(text, limits.manifestMaxRows());
            case JSON -> MeterManifest.fromJson(text, json, limits.manifestMaxRows());
        };
    }
}
