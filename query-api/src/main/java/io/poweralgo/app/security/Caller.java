package io.poweralgo.app.security;

import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.EnumSet;
import java.util.Set;

/** Who is calling: the token's subject and the platform roles it carries. */
public record Caller(String subject, Set<Role> roles) {

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (authority.getAuthority().equals("ROLE_" + role.name())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }

    public boolean is(ParticipantId participant) {
        return subject.equals(participant.value());
    }

    /** Participants act only on their own account. */
    public void requireSelf(ParticipantId participant) {
        if (!is(participant)) {
            throw new AccessDeniedException("participants may only act on their own account");
        }
    }

    /** A participant reads their own data; admins and regulators read everyone's. */
    public void requireSelfOrReader(ParticipantId participant) {
        if (!is(participant) && !roles.contains(Role.ADMIN) && !roles.contains(Role.REGULATOR)) {
            throw new AccessDeniedException("participants may only read their own account");
        }
    }

    /** Meter operators provision meters and their keys; admins may do everything operators do. */
    public boolean provisionsMeters() {
        return roles.contains(Role.METER_OPERATOR) || roles.contains(Role.ADMIN);
    }

    public OperatorId asOperator() {
        return new OperatorId(subject);
    }

    public AdminId asAdmin() {
        return new AdminId(subject);
    }
}
