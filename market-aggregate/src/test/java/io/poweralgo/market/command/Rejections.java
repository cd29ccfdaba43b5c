package io.poweralgo.market.command;

import io.poweralgo.api.rejection.DomainRejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the domain rejection an aggregate fixture expects. */
final class Rejections {

    private Rejections() {
    }

    static Matcher<DomainRejection> rejection(DomainRejection.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRejection item) {
                return item.kind() == kind && item.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainRejection " + kind + " " + code);
            }
        };
    }
}
