package newsgraph.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import newsgraph.extract.Extractor;

/** One extractor for the server: built once (dictionaries load once), thread-safe afterwards. */
@Factory
public class ExtractorBeans {

    @Singleton
    Extractor extractor() {
        return new Extractor();
    }
}
