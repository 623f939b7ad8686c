package io.kumo.ui.settings;

import io.kumo.api.service.HookService;

/** The ready-to-copy {@code curl} commands that call a trigger URL, signed GitHub-style and with the query token. */
final class HookExample {

    private HookExample() {
    }

    static String curl(String url, String secret) {
        return "# signed: the header is sha256= and the HMAC-SHA256 of the exact body, keyed with the secret\n"
                + "body='{\"reason\": \"deploy\"}'\n"
                + "sig=$(printf '%s' \"$body\" | openssl dgst -sha256 -hmac '" + secret + "' | sed 's/^.* //')\n"
                + "curl -X POST -H 'Content-Type: application/json' -H \"" + HookService.SIGNATURE_HEADER
                + ": sha256=$sig\" \\\n     --data \"$body\" '" + url + "'\n\n"
                + "# or with the secret in the query (simpler; it may end up in proxy logs)\n"
                + "curl -X POST --data '{}' '" + url + "?" + HookService.TOKEN_PARAMETER + "=" + secret + "'";
    }
}
