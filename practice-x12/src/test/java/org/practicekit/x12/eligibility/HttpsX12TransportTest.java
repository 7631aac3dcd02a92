package org.practicekit.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpsX12TransportTest {
    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> HttpsX12Transport.builder().endpoint(URI.create("http://x12.clearinghouse.example/rt"))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(HttpsX12Transport.builder().endpoint(URI.create("http://127.0.0.1:8080/rt")).build().system())
                .isEqualTo("clearinghouse:http://127.0.0.1:8080/rt");
    }

    @Test
    void theSystemNameCarriesNoCredentials() {
        HttpsX12Transport t = HttpsX12Transport.builder()
                .endpoint(URI.create("https://user:secret@x12.clearinghouse.example/rt?key=PLANTED"))
                .header("Authorization", "Bearer PLANTED-TOKEN").build();
        assertThat(t.system()).isEqualTo("clearinghouse:https://x12.clearinghouse.example/rt");
        assertThat(t.toString()).doesNotContain("secret", "PLANTED");
    }
}
