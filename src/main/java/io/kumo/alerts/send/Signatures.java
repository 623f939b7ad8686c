package io.kumo.alerts.send;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures DingTalk and Feishu robots check when their "sign" security setting is on. Both are Base64 of an
 * HmacSHA256 over {@code timestamp + "\n" + secret}, but they use it differently: DingTalk signs that text with the
 * secret as the key (timestamp in milliseconds); Feishu uses that text as the key and signs nothing (seconds).
 */
public final class Signatures {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private Signatures() {
    }

    /** DingTalk's {@code sign}: Base64(HmacSHA256(key = secret, message = millis + "\n" + secret)), not yet URL-encoded. */
    public static String dingTalk(long epochMillis, String secret) {
        return base64Hmac(secret, epochMillis + "\n" + secret);
    }

    /** Feishu's {@code sign}: Base64(HmacSHA256(key = seconds + "\n" + secret, message = empty)). */
    public static String feishu(long epochSeconds, String secret) {
        return base64Hmac(epochSeconds + "\n" + secret, "");
    }

    private static String base64Hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // every JDK ships HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
