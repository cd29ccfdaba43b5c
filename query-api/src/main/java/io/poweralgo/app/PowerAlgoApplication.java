package io.poweralgo.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

@SpringBootApplication(scanBasePackages = "io.poweralgo")
@ConfigurationPropertiesScan("io.poweralgo.app")
public class PowerAlgoApplication {

    public static void main(String[] args) {
        // A utility's platform does not phone home; an operator can still opt in with -D.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (args.length > 0 && LedgerBootstrapCommand.NAME.equals(args[0])) {
            System.exit(LedgerBootstrapCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PowerAlgoApplication.class, DemoArguments.expand(args));
    }
}
