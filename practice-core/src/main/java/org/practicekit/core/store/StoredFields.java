package org.practicekit.core.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of named text fields that engines use to encode their state for a
 * {@link org.practicekit.core.spi.WorkflowStore}, without core depending on a JSON library.
 * One {@code key=value} per line; backslash, newline, carriage return and '=' in keys are escaped,
 * so any text round-trips exactly. Lists are stored as {@code key.0}, {@code key.1}, … with
 * {@code key.size}.
 */
public final class StoredFields {
    private final Map<String, String> fields;

    private StoredFields(Map<String, String> fields) {
        this.fields = fields;
    }

    /** An empty, mutable set of fields. */
    public static StoredFields create() {
        return new StoredFields(new LinkedHashMap<>());
    }

    /** Parses the output of {@link #encode()}. */
    public static StoredFields decode(String text) {
        Objects.requireNonNull(text, "text == null");
        Map<String, String> map = new LinkedHashMap<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int eq = findUnescapedEquals(line);
            if (eq < 0) {
                throw new IllegalArgumentException("malformed stored line " + (map.size() + 1));
            }
            map.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
            lineStart = lineEnd + 1;
        }
        return new StoredFields(map);
    }

    private static int findUnescapedEquals(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    public StoredFields put(String key, String value) {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(value, "value == null");
        fields.put(key, value);
        return this;
    }

    public StoredFields put(String key, long value) {
        return put(key, Long.toString(value));
    }

    public StoredFields put(String key, boolean value) {
        return put(key, Boolean.toString(value));
    }

    /** Stores a value only when present. */
    public StoredFields putOptional(String key, Optional<?> value) {
        value.ifPresent(v -> put(key, v.toString()));
        return this;
    }

    /** Stores a list as {@code key.size} and {@code key.i}. */
    public StoredFields putList(String key, List<String> values) {
        put(key + ".size", values.size());
        for (int i = 0; i < values.size(); i++) {
            put(key + "." + i, values.get(i));
        }
        return this;
    }

    /** Drops a field, if present. */
    public StoredFields remove(String key) {
        fields.remove(Objects.requireNonNull(key, "key == null"));
        return this;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The value, or an exception naming the missing key (a corrupt record is a bug, not input). */
    public String require(String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalStateException("stored record lacks field '" + key + "'");
        }
        return v;
    }

    public long requireLong(String key) {
        return Long.parseLong(require(key));
    }

    public boolean requireBoolean(String key) {
        return Boolean.parseBoolean(require(key));
    }

    public List<String> getList(String key) {
        Optional<String> size = get(key + ".size");
        if (size.isEmpty()) {
            return List.of();
        }
        int n = Integer.parseInt(size.get());
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(require(key + "." + i));
        }
        return Collections.unmodifiableList(out);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            escape(sb, e.getKey(), true);
            sb.append('=');
            escape(sb, e.getValue(), false);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '=':
                    if (key) {
                        sb.append("\\=");
                    } else {
                        sb.append('=');
                    }
                    break;
                default: sb.append(c);
            }
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredFields && ((StoredFields) o).fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "StoredFields" + fields.keySet();
    }
}
