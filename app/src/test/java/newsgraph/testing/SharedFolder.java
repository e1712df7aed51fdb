package newsgraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared material beside the checkout ({@code ../shared}: {@code corpus/} and
 * {@code eval/seeds-gold.json}), passed by surefire as system property {@code newsgraph.shared}
 * (override: {@code -Dnewsgraph.shared=DIR}).
 */
public final class SharedFolder {

    private SharedFolder() {}

    /** The folder, when it is there with its corpus and gold file. */
    public static Optional<Path> find() {
        String dir = System.getProperty("newsgraph.shared");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(dir);
        return Files.isDirectory(p.resolve("corpus")) && Files.isRegularFile(p.resolve("eval/seeds-gold.json"))
                ? Optional.of(p) : Optional.empty();
    }

    /** The folder; aborts the running test (reported as skipped) when it is absent. */
    public static Path require() {
        Optional<Path> p = find();
        Assumptions.assumeTrue(p.isPresent(), SharedFolder::absent);
        return p.orElseThrow();
    }

    static String absent() {
        return "needs ../shared (corpus/ and eval/seeds-gold.json), not found at newsgraph.shared="
                + System.getProperty("newsgraph.shared") + " (a public clone has none)";
    }

    /** Disables a {@link NeedsShared} class or method when the folder is absent, saying so once. */
    public static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (find().isPresent()) {
                return ConditionEvaluationResult.enabled("../shared is present");
            }
            String name = context.getTestClass().map(Class::getSimpleName).orElse("")
                    + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
            System.err.println("SKIPPED " + name + ": " + absent());
            return ConditionEvaluationResult.disabled(absent());
        }
    }
}
