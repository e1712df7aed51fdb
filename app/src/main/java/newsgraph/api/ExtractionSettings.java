package newsgraph.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Limits of extraction over HTTP (newsgraph.extraction.* in application.yml): the longest text
 * accepted, the threads that extract (0: half the cores, at least one, at most four), how many
 * texts may wait for one, and how long a request may take, waiting included.
 */
@ConfigurationProperties("newsgraph.extraction")
public record ExtractionSettings(@Bindable(defaultValue = "200000") int maxChars,
                                 @Bindable(defaultValue = "0") int threads,
                                 @Bindable(defaultValue = "16") int queue,
                                 @Bindable(defaultValue = "30s") Duration deadline) {

    /** The number of extraction threads: as configured, or from the cores when 0. */
    int threadCount() {
        return threads > 0 ? threads : Math.clamp(Runtime.getRuntime().availableProcessors() / 2, 1, 4);
    }
}
