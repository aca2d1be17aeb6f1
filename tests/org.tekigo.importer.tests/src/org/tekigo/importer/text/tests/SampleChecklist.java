package org.tekigo.importer.text.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the published sample checklist committed with the sample workspace
 * ({@code examples/chatwork/published/chatwork-checklist.txt}): the system property
 * {@code tekigo.seed} if set, else that file in the first folder above the working directory
 * that has it (Tycho runs tests inside the test bundle; the standalone script from the root).
 */
final class SampleChecklist {

    static final Path IN_REPOSITORY = Path.of("examples/chatwork/published/chatwork-checklist.txt");

    private SampleChecklist() {
    }

    static Path path() {
        String property = System.getProperty("tekigo.seed");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(IN_REPOSITORY);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the sample " + IN_REPOSITORY + " is not above " + Path.of("").toAbsolutePath());
    }
}
