using System.Text.Json;
using System.Text.RegularExpressions;

namespace Etiquette.Api.Tests;

[TestClass]
public sealed class PrivacyLogTests
{
    private const string Marker = "Zanzibarquux";

    [TestMethod]
    public async Task No_draft_text_reaches_the_logs_at_any_level()
    {
        using var factory = ApiFactory.With(Http.KeySettings(), new FakeModels.Loader(FakeModels.Throwing()));
        var client = factory.CreateClient();
        var draft = $"Thx {Marker}, ur refund is done!!";
        var lint = JsonSerializer.Serialize(new { text = draft, conversation = new { messages = new[] { new { role = "customer", text = Marker } } } });

        await (await client.PostJson("/v1/lint", lint, Http.AgentKey)).Json();
        await (await client.PostJson("/v1/fix", lint, Http.AgentKey)).Json();
        await (await client.PostJson("/v1/lint/batch", $$"""{ "drafts": [ {{lint}} ] }""", Http.AgentKey)).Json();
        var feedback = JsonSerializer.Serialize(new { ruleId = "ETQ202", span = new { start = 0, length = 3 }, action = "accepted", text = draft, comment = Marker });
        await client.PostJson("/v1/feedback", feedback, Http.AgentKey);
        await client.PostJson("/v1/lint", $$"""{ "text": "{{Marker}}", "profile": 5 }""", Http.AgentKey);
        await client.PostJson("/v1/lint", $$"""{ "text": "{{Marker}}" """, Http.AgentKey);
        await client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = Marker + new string('x', 20_000) }), Http.AgentKey);
        await client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = Marker }));

        var logs = factory.Logs.ToArray();
        Assert.IsTrue(logs.Any(l => l.Contains("POST /v1/lint 200") && Regex.IsMatch(l, @"rules (ETQ\d{3},)*ETQ202,(ETQ\d{3},)*ETQ205\b") && l.Contains("key agent-1")),
            "request logs carry the path, status, rule ids and key name:\n" + string.Join("\n", logs));
        foreach (var line in logs) Assert.IsFalse(line.Contains(Marker), line);
    }
}
