package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code msteams://HOST/PATH?QUERY}: a Teams <em>Workflows</em> (Power Automate) webhook, the URL Teams gives
 * ({@code https://HOST/PATH?QUERY}) with {@code https} written {@code msteams}, e.g.
 * {@code msteams://prod-01.westeurope.logic.azure.com/workflows/ID/triggers/manual/paths/invoke?api-version=2016-06-01&sp=/triggers/manual/run&sv=1.0&sig=S}.
 * Office 365 connector webhooks ({@code msteams://team/tokenA/tokenB/tokenC}) were retired by Microsoft; they are
 * refused with what to paste instead.
 *
 * @param hostPart the webhook's host (and port)
 * @param path     its path segments
 * @param query    its query parameters ({@code sig} among them), in their order; {@code base} is not one of them
 * @param base     {@code https://HOST}, or the server standing in for it
 */
public record TeamsSpec(String hostPart, List<String> path, List<RawUrl.Param> query, String base) implements ChannelSpec {

    private static final String RETIRED = "Teams connector webhooks (msteams://team/tokenA/tokenB/tokenC) were retired by Microsoft; "
            + "add the Workflows app's \"Post to a channel when a webhook request is received\" and paste its URL with https:// written msteams://";

    public TeamsSpec {
        path = List.copyOf(path);
        query = List.copyOf(query);
    }

    public static TeamsSpec parse(RawUrl url) {
        String host = url.host().toLowerCase(Locale.ROOT);
        boolean connector = url.user() != null || !host.contains(".") || host.endsWith("webhook.office.com")
                || host.endsWith("outlook.office.com") || url.path().contains("IncomingWebhook");
        if (connector) {
            throw new ChannelUrlException(RETIRED);
        }
        url.checkServer();
        List<RawUrl.Param> query = url.query().stream().filter(param -> !param.key().equalsIgnoreCase("base")).toList();
        if (url.path().isEmpty() || url.param("sig").filter(sig -> !sig.isBlank()).isEmpty()) {
            throw new ChannelUrlException("A Teams URL is the Workflows webhook URL with https:// written msteams://; it has a path and a sig= parameter");
        }
        return new TeamsSpec(url.hostPart(), url.path(), query, BaseUrl.read(url).orElse("https://" + url.hostPart()));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.MSTEAMS;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        List<RawUrl.Param> all = new ArrayList<>(query.stream().map(param -> param.key().equalsIgnoreCase("sig")
                ? new RawUrl.Param(param.key(), ChannelSpec.secret(param.value(), maskSecrets)) : param).toList());
        all.addAll(BaseUrl.param(base, "https://" + hostPart));
        List<String> shown = new ArrayList<>(path);
        int id = workflowId();
        if (id >= 0) {
            shown.set(id, ChannelSpec.secret(path.get(id), maskSecrets));
        }
        return new RawUrl(kind().scheme(), null, null, hostPart, shown, all);
    }

    /** The index of the workflow's id (the segment after {@code workflows}), or -1. */
    private int workflowId() {
        int workflows = path.indexOf("workflows");
        return workflows >= 0 && workflows + 1 < path.size() ? workflows + 1 : -1;
    }

    /** The {@code sig} value and the workflow's id (the segment after {@code workflows}). */
    @Override
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        query.stream().filter(param -> param.key().equalsIgnoreCase("sig")).map(RawUrl.Param::value).forEach(secrets::add);
        if (workflowId() >= 0) {
            secrets.add(path.get(workflowId()));
        }
        return List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
