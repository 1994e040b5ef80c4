using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Serialization;
using Etiquette.Rules;

namespace Etiquette.Api.Tests;

[TestClass]
public sealed class DraftEndpointTests
{
    private static ApiFactory _factory = null!;
    private static HttpClient _client = null!;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        _factory = new ApiFactory();
        _client = _factory.CreateClient();
    }

    [ClassCleanup]
    public static void Stop() => _factory.Dispose();

    [TestMethod]
    public async Task Lint_answers_as_the_engine_does_with_utf16_spans()
    {
        const string text = "Thx for waiting!! ur refund is done 😀";
        var response = await (await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text }))).Json();

        var expected = EtiquetteRules.CreateLinter().Lint(new Core.Engine.LintRequest(text));
        CollectionAssert.AreEqual(expected.Diagnostics.Select(d => d.Id).ToArray(), response.Ids());
        var emoji = response.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "ETQ203");
        Assert.AreEqual(text.IndexOf("😀", StringComparison.Ordinal), emoji.GetProperty("span").GetProperty("start").GetInt32());
        Assert.AreEqual(2, emoji.GetProperty("span").GetProperty("length").GetInt32(), "an astral emoji is two UTF-16 code units");
        Assert.AreEqual("warn", response.GetProperty("summary").GetProperty("sendGuard").GetString());
        Assert.AreEqual(3, response.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.IsTrue(response.GetProperty("model").GetProperty("degraded").GetBoolean(), "no model file: rules only");
        Assert.IsTrue(response.TryGetProperty("elapsedMs", out _));
    }

    [TestMethod]
    public async Task Lint_answers_in_the_wire_format_with_its_length()
    {
        const string text = "Thx Zoë, ur £20 refund is done!! 😀 <b>";
        var response = await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text }));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.AreEqual(body.Length, response.Content.Headers.ContentLength);
        // The CLI's characters: apostrophes, accents, £ and angle brackets as they are; astral emoji escaped.
        var relaxed = new JsonSerializerOptions(EtiquetteJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var answer = JsonSerializer.Deserialize<LintResponse>(body, EtiquetteJson.Options)!;
        CollectionAssert.AreEqual(JsonSerializer.SerializeToUtf8Bytes(answer, relaxed), body);
        StringAssert.Contains(Encoding.UTF8.GetString(body), "'ur' is textspeak");
    }

    [TestMethod]
    public async Task Lint_takes_the_conversation_profile_and_suppressions()
    {
        // Every rule but ETQ202 is suppressed (ETQ205 among them), so the expectation holds as the catalog grows.
        var suppress = EtiquetteRules.RuleSet.Descriptors.Select(d => d.Id).Where(id => id != "ETQ202").ToArray();
        var body = JsonSerializer.Serialize(new
        {
            text = "Pls hold on!!",
            profile = "formal",
            suppress,
            conversation = new { messages = new[] { new { role = "customer", text = "Where is my order?" } }, customerName = "Sam" },
        });
        var response = await (await _client.PostJson("/v1/lint", body)).Json();

        CollectionAssert.AreEqual(new[] { "ETQ202" }, response.Ids());
        Assert.AreEqual("error", response.GetProperty("diagnostics")[0].GetProperty("severity").GetString(), "formal makes textspeak an error");
        Assert.AreEqual("block", response.GetProperty("summary").GetProperty("sendGuard").GetString());
    }

    [TestMethod]
    public async Task Batch_answers_every_draft_in_order()
    {
        var body = """{ "drafts": [ { "text": "thx" }, { "text": "Your refund is done." }, { "text": "Really??", "profile": "casual" } ] }""";
        var results = (await (await _client.PostJson("/v1/lint/batch", body)).Json()).GetProperty("results");

        Assert.AreEqual(3, results.GetArrayLength());
        CollectionAssert.AreEqual(new[] { "ETQ202" }, results[0].Ids());
        Assert.AreEqual(0, results[1].GetProperty("diagnostics").GetArrayLength());
        CollectionAssert.AreEqual(new[] { "ETQ205" }, results[2].Ids());
    }

    [TestMethod]
    public async Task Batch_of_the_limit_is_answered()
    {
        var drafts = Enumerable.Range(0, 100).Select(i => new { text = $"Reply number {i}, thx" }).ToArray();
        var results = (await (await _client.PostJson("/v1/lint/batch", JsonSerializer.Serialize(new { drafts }))).Json()).GetProperty("results");
        Assert.AreEqual(100, results.GetArrayLength());
        Assert.IsTrue(results.EnumerateArray().All(r => r.Ids().SequenceEqual(["ETQ202"])));
    }

    [TestMethod]
    public async Task Fix_applies_every_fix_and_reports_what_remains()
    {
        var response = await (await _client.PostJson("/v1/fix", """{ "text": "Thx, ur order has shipped!!" }""")).Json();

        Assert.AreEqual("Thanks, your order has shipped!", response.GetProperty("text").GetString());
        CollectionAssert.AreEquivalent(new[] { "ETQ202", "ETQ202", "ETQ205" }, response.GetProperty("applied").EnumerateArray().Select(a => a.GetString()).ToArray());
        Assert.AreEqual(0, response.GetProperty("remaining").GetProperty("diagnostics").GetArrayLength());
    }

    [TestMethod]
    public async Task Fix_applies_only_the_chosen_rules()
    {
        var response = await (await _client.PostJson("/v1/fix", """{ "text": "Thx, ur order has shipped!!", "only": ["etq205"] }""")).Json();

        Assert.AreEqual("Thx, ur order has shipped!", response.GetProperty("text").GetString());
        CollectionAssert.AreEqual(new[] { "ETQ205" }, response.GetProperty("applied").EnumerateArray().Select(a => a.GetString()).ToArray());
        CollectionAssert.AreEqual(new[] { "ETQ202", "ETQ202" }, response.GetProperty("remaining").Ids());
    }

    [TestMethod]
    public async Task Rules_list_the_catalog()
    {
        var rules = await (await _client.Get("/v1/rules")).Json();
        var expected = EtiquetteRules.RuleSet.Descriptors;
        Assert.AreEqual(expected.Count, rules.GetArrayLength());
        var first = rules[0];
        Assert.AreEqual(expected[0].Id, first.GetProperty("id").GetString());
        Assert.AreEqual(expected[0].Title, first.GetProperty("title").GetString());
        Assert.AreEqual(expected[0].DefaultSeverity.ToName(), first.GetProperty("defaultSeverity").GetString());
        Assert.IsTrue(first.GetProperty("enabledByDefault").GetBoolean());
    }

    [TestMethod]
    public async Task Profiles_are_listed_and_shown_and_an_unknown_one_is_404()
    {
        var list = await (await _client.Get("/v1/profiles")).Json();
        CollectionAssert.AreEqual(new[] { "casual", "default", "formal" }, list.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray());

        var formal = await (await _client.Get("/v1/profiles/formal")).Json();
        Assert.AreEqual("formal", formal.GetProperty("name").GetString());
        Assert.AreEqual("formal", formal.GetProperty("brandVoice").GetProperty("casualness").GetString());

        var missing = await (await _client.Get("/v1/profiles/loud")).Problem(HttpStatusCode.NotFound);
        StringAssert.Contains(missing.GetProperty("detail").GetString(), "loud");
    }

    [TestMethod]
    public async Task Swagger_describes_every_endpoint_with_examples()
    {
        var document = await (await _client.Get("/swagger/v1/swagger.json")).Json();
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/lint", "/v1/lint/batch", "/v1/fix", "/v1/rules", "/v1/profiles", "/v1/profiles/{name}", "/v1/feedback", "/v1/models/train", "/health/live", "/health/ready" })
            Assert.IsTrue(paths.TryGetProperty(path, out _), path);

        var lint = paths.GetProperty("/v1/lint").GetProperty("post");
        Assert.IsFalse(string.IsNullOrEmpty(lint.GetProperty("description").GetString()));
        var requestExample = lint.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.AreEqual("Thx for waiting!! ur refund is done 😀", requestExample.GetProperty("text").GetString());
        var responseExample = lint.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.AreEqual("ETQ202", responseExample.GetProperty("diagnostics")[0].GetProperty("id").GetString(), "the example answer is a real one");
        Assert.IsTrue(lint.GetProperty("responses").TryGetProperty("413", out _));
        Assert.AreEqual("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());

        var ui = await _client.Get("/swagger/index.html");
        Assert.AreEqual(HttpStatusCode.OK, ui.StatusCode);
        StringAssert.Contains(await ui.Content.ReadAsStringAsync(), "swagger-ui");
    }

    [TestMethod]
    public async Task Health_live_and_ready_answer()
    {
        var live = await (await _client.Get("/health/live")).Json();
        Assert.AreEqual("live", live.GetProperty("status").GetString());
        var ready = await (await _client.Get("/health/ready")).Json();
        Assert.AreEqual("degraded", ready.GetProperty("status").GetString());
        Assert.AreEqual("sqlite", ready.GetProperty("storage").GetProperty("provider").GetString());
        Assert.IsTrue(ready.GetProperty("storage").GetProperty("reachable").GetBoolean());
    }

    [TestMethod]
    public async Task Fifty_parallel_lints_answer_as_sequential_ones()
    {
        var drafts = Enumerable.Range(0, 50).Select(i => (i % 5) switch
        {
            0 => $"Thx for waiting {i}!! ur refund is done 😀",
            1 => $"Kindly be advised that order {i} ships TODAY.",
            2 => $"k",
            3 => $"Your refund {i} is on its way, thank you for waiting.",
            _ => $"Pls reboot the router and check the SLA for ticket {i}???",
        }).ToArray();

        var sequential = new List<string>();
        foreach (var draft in drafts) sequential.Add(Comparable(await (await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = draft }))).Json()));
        var parallel = await Task.WhenAll(drafts.Select(async draft =>
            Comparable(await (await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = draft }))).Json())));

        CollectionAssert.AreEqual(sequential, parallel);
        Assert.IsTrue(sequential.Distinct().Count() >= 5);
    }

    /// <summary>The answer without its timing, which differs from run to run.</summary>
    private static string Comparable(JsonElement response) =>
        JsonSerializer.Serialize(new { diagnostics = response.GetProperty("diagnostics"), summary = response.GetProperty("summary"), model = response.GetProperty("model") });
}
