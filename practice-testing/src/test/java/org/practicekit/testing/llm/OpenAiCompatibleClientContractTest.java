package org.practicekit.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmListener;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.openai.OpenAiCompatibleClient;

class OpenAiCompatibleClientContractTest extends MockServerLlmContract {
    @Override
    String provider() {
        return "openai";
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
        return OpenAiCompatibleClient.builder().name("openai-test").baseUrl(baseUrl() + "/v1").apiKey(KEY)
                .model("gpt-4o").retryPolicy(retryPolicy).addListener(listener).build();
    }

    @Test
    void sendsTheOpenAiWireFormat() throws Exception {
        enqueueAnswer("ok");
        newClient(RetryPolicy.none(), new LlmListener() { }).complete(LlmRequest.builder().system("Be brief.")
                .user("Hi").temperature(0.2).maxTokens(300).jsonSchema("{\"type\":\"object\"}").build());
        RecordedRequest r = takeRequest();
        assertThat(r.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Hi");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(300);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(body.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(body.path("response_format").path("json_schema").path("schema").path("type").asText())
                .isEqualTo("object");
    }

    @Test
    void omitsTemperatureWhenTheRequestHasNone() throws Exception {
        enqueueAnswer("ok");
        newClient(RetryPolicy.none(), new LlmListener() { }).complete(LlmRequest.builder().user("Hi").build());
        JsonNode body = new ObjectMapper().readTree(takeRequest().getBody().readUtf8());
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("response_format")).isFalse();
    }

    @Test
    void speaksToAzureWithApiKeyHeaderAndApiVersion() throws Exception {
        enqueueAnswer("ok");
        OpenAiCompatibleClient azure = OpenAiCompatibleClient.builder().name("azure-east")
                .baseUrl(baseUrl() + "/openai/deployments/notes-gpt4o").apiKey(KEY).azure("2024-10-21")
                .retryPolicy(RetryPolicy.none()).build();
        azure.complete(LlmRequest.builder().user("Hi").build());
        RecordedRequest r = takeRequest();
        assertThat(r.getPath()).isEqualTo("/openai/deployments/notes-gpt4o/chat/completions?api-version=2024-10-21");
        assertThat(r.getHeader("api-key")).isEqualTo(KEY);
        assertThat(r.getHeader("Authorization")).isNull();
    }

    @Test
    void usesMaxTokensForVllmAndOllamaV1() throws Exception {
        enqueueAnswer("ok");
        OpenAiCompatibleClient vllm = OpenAiCompatibleClient.builder().name("vllm").baseUrl(baseUrl() + "/v1")
                .model("meta-llama/Llama-3.1-8B-Instruct")
                .tokenLimitField(OpenAiCompatibleClient.TokenLimitField.MAX_TOKENS).retryPolicy(RetryPolicy.none())
                .build();
        vllm.complete(LlmRequest.builder().user("Hi").maxTokens(77).build());
        RecordedRequest r = takeRequest();
        JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
        assertThat(body.path("max_tokens").asInt()).isEqualTo(77);
        assertThat(r.getHeader("Authorization")).isNull();
    }

    @Test
    void honoursRetryAfterMs() {
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(429).setHeader("Retry-After-Ms", "250")
                .setHeader("Retry-After", "9").setBody(resource("error-429.json")));
        enqueueAnswer("ok");
        RecordingSleeper sleeper = new RecordingSleeper();
        newClient(RetryPolicy.builder().sleeper(sleeper).build(), new LlmListener() { })
                .complete(LlmRequest.builder().user("Hi").build());
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void doesNotRetryWhenTheWaitWouldExceedTheTotalBudget() {
        enqueueError(429, 120);
        RecordingSleeper sleeper = new RecordingSleeper();
        LlmClient client = newClient(RetryPolicy.builder().sleeper(sleeper).maxTotalWait(Duration.ofSeconds(60)).build(),
                new LlmListener() { });
        org.practicekit.core.RetriableException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> client.complete(LlmRequest.builder().user("Hi").build()),
                org.practicekit.core.RetriableException.class);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(sleeper.waits()).isEmpty();
        assertThat(requestCount()).isEqualTo(1);
    }
}
