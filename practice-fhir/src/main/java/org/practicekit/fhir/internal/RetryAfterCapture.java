package org.practicekit.fhir.internal;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers, per calling thread, the {@code Retry-After} of the last answer: HAPI's exceptions do not
 * carry response headers, and OkHttp runs a synchronous call's interceptors on the caller's thread.
 */
public final class RetryAfterCapture implements Interceptor {
    private final ThreadLocal<Duration> last = new ThreadLocal<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        last.remove();
        Response response = chain.proceed(chain.request());
        String value = response.header("Retry-After");
        if (value != null && value.trim().matches("\\d{1,6}")) {
            last.set(Duration.ofSeconds(Long.parseLong(value.trim())));
        }
        return response;
    }

    /** The Retry-After of this thread's last answer, or null; clears it. */
    public Duration take() {
        Duration d = last.get();
        last.remove();
        return d;
    }
}
