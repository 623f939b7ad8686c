package io.kumo.json;

import io.kumo.alerts.service.ChannelView;
import io.kumo.alerts.service.RuleWords;
import java.util.LinkedHashMap;
import java.util.Map;

/** An alert channel as {@code kumo channel list --json} and the REST API write it: its URL masked, never its secret. */
public final class ChannelJson {

    private ChannelJson() {
    }

    public static Map<String, Object> of(ChannelView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", view.name());
        json.put("kind", view.kind().scheme());
        json.put("url", view.maskedUrl());
        json.put("enabled", view.enabled());
        json.put("readable", view.readable());
        json.put("rules", RuleWords.of(view.rules()));
        return json;
    }
}
