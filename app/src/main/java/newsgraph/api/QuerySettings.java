package newsgraph.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** Limits for saved queries run over HTTP (newsgraph.queries.* in application.yml). */
@ConfigurationProperties("newsgraph.queries")
public record QuerySettings(@Bindable(defaultValue = "10s") Duration timeout, @Bindable(defaultValue = "1000") int maxRows) {}
