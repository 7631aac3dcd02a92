package org.practicekit.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmListener;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.ollama.OllamaClient;

class OllamaClientContractTest extends MockServerLlmContract {
    @Override
    String provider() {
        return "ollama";
    }

    @Override
    String finish(boolean cutShort) {
        return cutShort ? "length" : "stop";
    }

    @Override
    int overloadedStatus() {
        return 503;
    }

    @Override
    protected LlmClient newClient(RetryPolicy retryPolicy, LlmListener listener) {
        return OllamaClient.builder().name("local-ollama").baseUrl(baseUrl()).apiKey(KEY).model("llama3.1:8b")
                .retryPolicy(retryPolicy).addListener(listener).build();
    }

    @Test
    void sendsTheNativeChatFormatWithoutStreaming() throws Exception {
        enqueueAnswer("ok");
        newClient(RetryPolicy.none(), new LlmListener() { }).complete(LlmRequest.builder().system("Be brief.")
                .user("Hi").temperature(0).maxTokens(200).jsonSchema("{\"type\":\"object\"}").build());
        RecordedRequest r = takeRequest();
        assertThat(r.getPath()).isEqualTo("/api/chat");
        JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("format").path("type").asText()).isEqualTo("object");
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(200);
        assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(body.path("messages")).hasSize(2);
    }

    @Test
    void reportsAModelThatIsNotPulledWithoutRetrying() {
        enqueueError(404, 0);
        assertThatThrownBy(() -> newClient(RetryPolicy.defaults(), new LlmListener() { })
                .complete(LlmRequest.builder().user("Hi").build()))
                .isInstanceOf(NonRetriableException.class).hasMessageContaining("model not found")
                .hasMessageContaining("local-ollama");
        assertThat(requestCount()).isEqualTo(1);
    }
}
