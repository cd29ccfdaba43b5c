package io.poweralgo.market.query;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.LinkedMeter;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.Role;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** Maps {@code participants} documents to views, field by field, so the stored shape is explicit. */
final class ParticipantDocuments {

    private ParticipantDocuments() {
    }

    static Document meter(MeterId meterId, MeterPublicKey publicKey, Instant linkedAt) {
        return new Document("meterId", meterId.value())
                .append("publicKey", publicKey.base64())
                .append("linkedAt", Date.from(linkedAt));
    }

    static ParticipantView toView(Document doc) {
        Document kyc = doc.get("kyc", Document.class);
        String address = doc.getString("algorandAddress");
        return new ParticipantView(
                new ParticipantId(doc.getString("_id")),
                Role.valueOf(doc.getString("role")),
                new MicrogridId(doc.getString("microgridId")),
                doc.getString("displayName"),
                new EmailAddress(doc.getString("email")),
                Boolean.TRUE.equals(doc.getBoolean("emailVerified")),
                ParticipantStatus.valueOf(doc.getString("status")),
                kyc == null ? null : new KycDocument(KycDocumentType.valueOf(kyc.getString("documentType")),
                        kyc.getString("documentReference"), kyc.getString("country")),
                kyc == null ? null : kyc.getDate("submittedAt").toInstant(),
                address == null ? null : new AlgorandAddress(address),
                doc.getString("statusReason"),
                doc.getList("meters", Document.class).stream()
                   .map(m -> new LinkedMeter(new MeterId(m.getString("meterId")),
                           new MeterPublicKey(m.getString("publicKey")), m.getDate("linkedAt").toInstant()))
                   .toList(),
                doc.getDate("registeredAt").toInstant(),
                doc.getDate("updatedAt").toInstant());
    }
}
