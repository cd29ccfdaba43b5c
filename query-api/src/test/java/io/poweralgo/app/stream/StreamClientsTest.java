package io.poweralgo.app.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stream takes a bounded number of clients: in all on the instance, and per audience. */
class StreamClientsTest {

    private final StreamClients<String> clients = new StreamClients<>("participant", 3, 2);

    @Test
    void an_audience_past_its_share_is_refused_while_others_still_connect() {
        clients.connect("alice");
        clients.connect("alice");

        assertThatThrownBy(() -> clients.connect("alice"))
                .isInstanceOfSatisfying(StreamClientsExceeded.class,
                        refused -> assertThat(refused.limit()).isEqualTo(StreamClientsExceeded.Limit.AUDIENCE));
        clients.connect("bob");
    }

    @Test
    void a_full_instance_refuses_everyone_until_a_stream_ends() {
        clients.connect("alice");
        clients.connect("bob");
        clients.connect("carol");

        assertThatThrownBy(() -> clients.connect("dave"))
                .isInstanceOfSatisfying(StreamClientsExceeded.class,
                        refused -> assertThat(refused.limit()).isEqualTo(StreamClientsExceeded.Limit.INSTANCE));

        clients.completeAll();
        clients.connect("dave");
    }
}
