package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding snippet compiles as written: it is cut out of README.md, its imports kept at the
 * top and the rest put in a class, and compiled against the modules a vendor depends on.
 */
class ReadmeSnippetTest {
    /** The tests run in examples/; the README is at the project root. */
    private static final Path README = Path.of("..", "README.md");

    static String snippet() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("## Embedding PracticeKit");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    @Test
    void theEmbeddingSnippetUsesPracticeAndShowsItsImports() throws IOException {
        String code = snippet();
        assertThat(code).contains("import org.practicekit.core.practice.Practice;", "Practice.builder()", "practice.due(",
                "practice.messages().receive(", "EmbeddingRiskClassifier.load()");
    }

    @Test
    void theEmbeddingSnippetCompilesAsWritten(@TempDir Path dir) throws IOException, URISyntaxException {
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : snippet().split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).add(line);
        }
        Path source = dir.resolve("ReadmeSnippet.java");
        Files.writeString(source, String.join("\n", imports) + "\n\nfinal class ReadmeSnippet {\n"
                + String.join("\n", body) + "\n}\n");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(output, files, diagnostics, List.of("-classpath", classpath(), "-d",
                    dir.toString(), "-Xlint:all", "-Werror"), null, files.getJavaFileObjects(source.toFile())).call();
            assertThat(compiled).as(diagnostics.getDiagnostics().stream().map(d -> d.getLineNumber() + ": "
                    + d.getMessage(null)).collect(Collectors.joining("\n")) + output).isTrue();
        }
        assertThat(dir.resolve("ReadmeSnippet.class")).exists();
    }

    /** The test's own class path: every PracticeKit module and what they bring, as a vendor would have. */
    private static String classpath() throws URISyntaxException {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (ReadmeSnippetTest.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
