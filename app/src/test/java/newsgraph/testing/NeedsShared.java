package newsgraph.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that reads {@code ../shared} (the real sample pages and their gold
 * annotation, third-party text the repository never holds). Where that folder is absent, as in a
 * public clone, the test is skipped before any set-up runs, with one line on stderr saying why.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedFolder.Condition.class)
public @interface NeedsShared {}
