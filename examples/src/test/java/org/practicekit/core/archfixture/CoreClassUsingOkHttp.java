package org.practicekit.core.archfixture;

/** Deliberately broken: a core class that uses OkHttp. Only the architecture tests load it. */
public class CoreClassUsingOkHttp {
    public Object client() {
        return new okhttp3.OkHttpClient();
    }
}
