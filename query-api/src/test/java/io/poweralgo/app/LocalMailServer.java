package io.poweralgo.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * An SMTP server on a free loopback port that keeps every message it accepts, so a test can follow
 * a mailed link as its recipient would. It speaks just enough SMTP for JavaMail: no TLS, no auth.
 */
public final class LocalMailServer implements AutoCloseable {

    private static final Pattern VERIFICATION_LINK = Pattern.compile("https?://\\S+/verify-email\\?\\S+");

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public record Mail(List<String> recipients, String data) {
    }

    public LocalMailServer() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "local-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Settings that point the application's mail at this server. */
    public String[] settings() {
        return new String[] {"spring.mail.host=127.0.0.1", "spring.mail.port=" + server.getLocalPort()};
    }

    /** Waits for the verification link of {@code participantId} mailed to {@code email}, the latest if several were sent. */
    public URI verificationLinkSentTo(String email, String participantId) {
        String to = email.toLowerCase(Locale.ROOT);
        return await().atMost(Duration.ofSeconds(20)).until(() -> latestLink(to, participantId), Optional::isPresent).get();
    }

    private Optional<URI> latestLink(String to, String participantId) {
        URI latest = null;
        for (Mail mail : received) {
            Matcher link = VERIFICATION_LINK.matcher(mail.data());
            if (mail.recipients().contains(to) && link.find() && link.group().contains("participant=" + participantId + "&")) {
                latest = URI.create(link.group());
            }
        }
        return Optional.ofNullable(latest);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closedOrDropped) {
                // the next client starts afresh
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 localhost");
        List<String> recipients = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 localhost");
            } else if (command.startsWith("RCPT TO:")) {
                recipients.add(line.substring(8).replaceAll("[<>\\s]", "").toLowerCase(Locale.ROOT));
                reply(out, "250 OK");
            } else if (command.equals("DATA")) {
                reply(out, "354 end with .");
                StringBuilder data = new StringBuilder();
                for (String text = in.readLine(); text != null && !text.equals("."); text = in.readLine()) {
                    data.append(text.startsWith("..") ? text.substring(1) : text).append('\n');
                }
                received.add(new Mail(List.copyOf(recipients), data.toString()));
                recipients.clear();
                reply(out, "250 OK");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
