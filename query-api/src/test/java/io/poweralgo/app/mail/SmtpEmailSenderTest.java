package io.poweralgo.app.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpEmailSenderTest {

    @Test
    void without_a_mail_server_the_platform_does_not_start() {
        assertThatThrownBy(() -> new SmtpEmailSender(null, "noreply@poweralgo.example"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.mail.host");
    }
}
