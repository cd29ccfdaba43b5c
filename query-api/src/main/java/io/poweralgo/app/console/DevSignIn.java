package io.poweralgo.app.console;

import io.poweralgo.api.participant.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The default profile's stand-in for an identity provider in the browser: signs the session in
 * as any user with any roles, like {@code POST /api/dev/tokens} does for the API. Absent in every
 * other profile.
 */
@Component
@Profile("default")
public class DevSignIn {

    private static final Logger log = LoggerFactory.getLogger(DevSignIn.class);

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public void signIn(HttpServletRequest request, HttpServletResponse response, String subject, Set<Role> roles) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            // a new session (and with it a new CSRF token) for the new identity: no session fixation
            previous.invalidate();
        }
        request.getSession(true);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(subject, null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        log.info("dev sign-in subject={} roles={}", subject, roles);
    }
}
