package io.poweralgo.app.browser;

import io.poweralgo.app.LocalIdentityProvider;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.fixtures.PostgresPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the default profile the browser signs in with OpenID Connect: here the postgres profile
 * against the machine's PostgreSQL, with a local provider speaking the authorization-code flow.
 * The platform roles come from the ID token's roles claim; there is no dev sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInIT {

    @TempDir
    static Path dataDir;
    private PostgresPlatform platform;
    private LocalIdentityProvider idp;
    private RunningApp app;
    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.keepFailedPage("failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    void start() {
        platform = new PostgresPlatform();
        idp = platform.idp();
        app = platform.startApp(dataDir,
                "spring.security.oauth2.client.registration.operator.client-id=poweralgo-web",
                "spring.security.oauth2.client.registration.operator.client-secret=web-secret",
                "spring.security.oauth2.client.registration.operator.client-name=Operator SSO",
                "spring.security.oauth2.client.registration.operator.scope=openid",
                "spring.security.oauth2.client.provider.operator.issuer-uri=" + idp.issuer());
        browser = new Browser(app.api().baseUrl());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void a_regulator_signs_in_at_the_identity_provider_and_gets_the_role_its_id_token_names() {
        browser.open("/regulator/markets");
        browser.await(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(browser.findAll("#dev-sign-in")).as("no dev sign-in outside the default profile").isEmpty();

        idp.nextSignIn("regulator-oidc", "REGULATOR");
        browser.find("a.button[href='/oauth2/authorization/operator']").click();

        browser.await(d -> d.getCurrentUrl().contains("/regulator/markets"));
        assertThat(browser.text(".who .subject")).isEqualTo("regulator-oidc");
        assertThat(browser.findAll("h1")).extracting(e -> e.getText()).containsExactly("Markets");

        browser.open("/admin/kyc");
        assertThat(browser.findAll("#role-refused")).as("a regulator's token gives no admin pages").hasSize(1);

        browser.signOut();
        browser.open("/regulator/markets");
        browser.await(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(browser.driver().findElements(By.cssSelector(".who .subject"))).isEmpty();
    }
}
