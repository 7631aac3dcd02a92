package org.practicekit.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmListener;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.anthropic.AnthropicClient;

class AnthropicClientContractTest extends MockServerLlmContract {
    @Override
    String provider() {
        return "anthropic";
    }

    @Override
    String finish(boolean cutShort) {
        return cutShort ? "max_tokens" : "end_turn";
    }

    @Override
    int overloadedStatus() {
        return 529;
    }

    @Override
    protected LlmClient newClient(RetryPolicy retryPolicy, LlmListener listener) {
        return AnthropicClient.builder().name("anthropic-test").baseUrl(baseUrl()).apiKey(KEY)
                .model("claude-sonnet-4-5").retryPolicy(retryPolicy).addListener(listener).build();
    }

    @Test
    void sendsTheMessagesWireFormatWithAPinnedVersion() throws Exception {
        enqueueAnswer("ok");
        newClient(RetryPolicy.none(), new LlmListener() { }).complete(LlmRequest.builder().system("Be brief.")
                .system("Use plain words.").user("Hi").temperature(0.3).maxTokens(400)
                .jsonSchema("{\"type\":\"object\"}").build());
        RecordedRequest r = takeRequest();
        assertThat(r.getPath()).isEqualTo("/v1/messages");
        assertThat(r.getHeader("x-api-key")).isEqualTo(KEY);
        assertThat(r.getHeader("anthropic-version")).isEqualTo("2023-06-01");
        JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
        assertThat(body.path("system").asText()).isEqualTo("Be brief.\n\nUse plain words.");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(400);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("output_config").path("format").path("type").asText()).isEqualTo("json_schema");
    }

    @Test
    void leavesTemperatureOutUnderANewerPinnedVersion() throws Exception {
        enqueueAnswer("ok");
        AnthropicClient client = AnthropicClient.builder().baseUrl(baseUrl()).apiKey(KEY).model("claude-opus-4-7")
                .version("2026-10-21").retryPolicy(RetryPolicy.none()).build();
        client.complete(LlmRequest.builder().user("Hi").temperature(0.3).build());
        RecordedRequest r = takeRequest();
        assertThat(r.getHeader("anthropic-version")).isEqualTo("2026-10-21");
        assertThat(new ObjectMapper().readTree(r.getBody().readUtf8()).has("temperature")).isFalse();
    }

    @Test
    void joinsEveryTextBlockAndSkipsOthers() {
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[{\"type\":\"thinking\","
                + "\"thinking\":\"hmm\",\"signature\":\"x\"},{\"type\":\"text\",\"text\":\"Part one. \"},"
                + "{\"type\":\"text\",\"text\":\"Part two.\"}],\"stop_reason\":\"end_turn\",\"usage\":"
                + "{\"input_tokens\":3,\"output_tokens\":4}}"));
        assertThat(newClient(RetryPolicy.none(), new LlmListener() { }).complete(LlmRequest.builder().user("Hi")
                .build()).text()).isEqualTo("Part one. Part two.");
    }
}
