package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.util.Locale;
import java.util.Set;

/** The identity document a participant submits for review; {@code country} is ISO 3166-1 alpha-2. */
public record KycDocument(KycDocumentType documentType, String documentReference, String country) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public KycDocument {
        Require.notNull("documentType", documentType);
        documentReference = Require.text("documentReference", documentReference, 128);
        country = Require.present("country", country).strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(country)) {
            throw new InvalidValueException("country", "must be an ISO 3166-1 alpha-2 country code");
        }
    }
}
