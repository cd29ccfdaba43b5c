package io.poweralgo.metering.broker;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * The embedded broker's access control through HiveMQ's extension SDK: every CONNECT is checked
 * against {@link BrokerAccess}, and an accepted client gets default permissions that deny
 * everything it was not granted (HiveMQ then answers a refused PUBLISH or SUBSCRIBE with
 * NOT_AUTHORIZED). Password hashes are checked on the extension executor, off the network threads.
 */
final class AccessControlExtension implements ExtensionMain {

    private static final Logger log = LoggerFactory.getLogger(AccessControlExtension.class);
    private static final Duration AUTHENTICATION_TIMEOUT = Duration.ofSeconds(10);

    private final BrokerAccess access;

    AccessControlExtension(BrokerAccess access) {
        this.access = access;
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        SimpleAuthenticator authenticator = this::authenticate;
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        // the authenticator goes with the broker
    }

    private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
        Async<SimpleAuthOutput> async = output.async(AUTHENTICATION_TIMEOUT, TimeoutFallback.FAILURE);
        ConnectPacket connect = input.getConnectPacket();
        Services.extensionExecutorService().submit(() -> {
            try {
                decide(connect, output);
            } finally {
                async.resume();
            }
        });
    }

    private void decide(ConnectPacket connect, SimpleAuthOutput output) {
        String username = connect.getUserName().orElse(null);
        char[] password = connect.getPassword().map(AccessControlExtension::utf8).orElse(null);
        BrokerAccess.Decision decision = access.decide(username, password, connect.getClientId());
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (!decision.accepted()) {
            log.warn("MQTT connection refused clientId={} username={} reason={}", connect.getClientId(), username,
                    decision.refusal());
            output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "not authorized");
            return;
        }
        ModifiableDefaultPermissions permissions = output.getDefaultPermissions();
        permissions.clear();
        permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        for (String topic : decision.publishTopics()) {
            permissions.add(Builders.topicPermission()
                                    .topicFilter(topic)
                                    .type(TopicPermission.PermissionType.ALLOW)
                                    .activity(TopicPermission.MqttActivity.PUBLISH)
                                    .retain(TopicPermission.Retain.NOT_RETAINED)
                                    .build());
        }
        if (decision.subscribesToReadings()) {
            permissions.add(Builders.topicPermission()
                                    .topicFilter(BrokerAccess.READINGS_FILTER)
                                    .type(TopicPermission.PermissionType.ALLOW)
                                    .activity(TopicPermission.MqttActivity.SUBSCRIBE)
                                    .sharedSubscription(TopicPermission.SharedSubscription.SHARED)
                                    .sharedGroup(BrokerAccess.SHARE_GROUP)
                                    .build());
        }
        output.authenticateSuccessfully();
    }

    /** A password that is not UTF-8 can match no hash; it is refused as missing. */
    private static char[] utf8(ByteBuffer password) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(password.asReadOnlyBuffer());
            char[] result = new char[chars.remaining()];
            chars.get(result);
            return result;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
