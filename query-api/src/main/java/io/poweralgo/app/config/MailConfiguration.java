package io.poweralgo.app.config;

import io.poweralgo.app.mail.EmailSender;
import io.poweralgo.app.mail.LoggingEmailSender;
import io.poweralgo.app.mail.SmtpEmailSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;

/** The default profile logs its mail; every other profile sends it through {@code spring.mail.*}. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @Profile("default")
    EmailSender loggingEmailSender() {
        return new LoggingEmailSender();
    }

    @Bean
    @Profile("!default")
    EmailSender smtpEmailSender(ObjectProvider<JavaMailSender> mail, PowerAlgoProperties properties) {
        return new SmtpEmailSender(mail.getIfAvailable(), properties.emailVerification().from());
    }
}
