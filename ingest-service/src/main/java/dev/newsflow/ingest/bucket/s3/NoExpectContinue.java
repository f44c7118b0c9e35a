package dev.newsflow.ingest.bucket.s3;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sends S3 uploads without {@code Expect: 100-continue}: with the URL-connection client, the JDK's handling of it
 * fails uploads now and then with "Unexpected end of file from server" (aws-sdk-java-v2 issue 6670). Our objects are
 * small reports and posts, so waiting for a 100 before the body saves nothing.
 */
public class NoExpectContinue implements ExecutionInterceptor {

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader("Expect").isPresent() ? request.toBuilder().removeHeader("Expect").build()
                : request;
    }
}
