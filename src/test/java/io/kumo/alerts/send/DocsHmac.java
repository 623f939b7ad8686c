package io.kumo.alerts.send;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Base64(HmacSHA256(key, message)) written out again in the tests, as the vendors' docs show it, so a test server
 * checks a sender's signature by its own computation and never by calling {@link Signatures}.
 */
final class DocsHmac {

    private DocsHmac() {
    }

    static String base64(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
