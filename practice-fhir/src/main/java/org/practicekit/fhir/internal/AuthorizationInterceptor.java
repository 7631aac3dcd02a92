package org.practicekit.fhir.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.practicekit.fhir.auth.FhirAuth;

/** Puts the {@link FhirAuth} header on every request and tells it when the EHR answered 401. */
public final class AuthorizationInterceptor implements Interceptor {
    private final FhirAuth auth;

    public AuthorizationInterceptor(FhirAuth auth) {
        this.auth = Objects.requireNonNull(auth, "auth == null");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Optional<String> header = auth.authorization();
        Request request = header.isPresent()
                ? chain.request().newBuilder().header("Authorization", header.get()).build()
                : chain.request();
        Response response = chain.proceed(request);
        if (response.code() == 401 && header.isPresent()) {
            auth.rejected();
        }
        return response;
    }
}
