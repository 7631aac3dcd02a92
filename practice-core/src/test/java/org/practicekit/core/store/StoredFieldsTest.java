package org.practicekit.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StoredFieldsTest {

    @Property(tries = 300)
    void anyKeysAndValuesRoundTrip(@ForAll Map<String, String> fields) {
        StoredFields f = StoredFields.create();
        fields.forEach((k, v) -> f.put(k, v));
        StoredFields back = StoredFields.decode(f.encode());
        assertThat(back.asMap()).isEqualTo(fields);
    }

    @Property(tries = 200)
    void listsRoundTrip(@ForAll List<String> values) {
        String text = StoredFields.create().putList("items", values).encode();
        assertThat(StoredFields.decode(text).getList("items")).isEqualTo(values);
    }

    @Test
    void optionalAndTypedFields() {
        String text = StoredFields.create().put("version", 3L).put("flagged", true)
                .putOptional("missing", Optional.empty()).putOptional("zone", Optional.of("America/Phoenix")).encode();
        StoredFields f = StoredFields.decode(text);
        assertThat(f.requireLong("version")).isEqualTo(3);
        assertThat(f.requireBoolean("flagged")).isTrue();
        assertThat(f.get("missing")).isEmpty();
        assertThat(f.require("zone")).isEqualTo("America/Phoenix");
        assertThat(f.getList("absent")).isEmpty();
    }
}
