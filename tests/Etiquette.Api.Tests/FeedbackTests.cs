using System.Net;
using System.Text.Json;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Rules;

namespace Etiquette.Api.Tests;

/// <summary>Feedback is validated, stored with personal data masked, kept across restarts, and read back by trainers.</summary>
[TestClass]
public sealed class FeedbackTests
{
    private const string Dismissed = """{ "ruleId": "etq202", "span": { "start": 0, "length": 3 }, "action": "Dismissed", "comment": "The customer wrote thx first." }""";

    [TestMethod]
    public async Task Feedback_without_text_keeps_no_draft_and_is_read_back_by_trainers()
    {
        using var factory = new ApiFactory(Http.KeySettings());
        var client = factory.CreateClient();

        var receipt = await (await client.PostJson("/v1/feedback", Dismissed, Http.AgentKey)).Json(HttpStatusCode.Created);
        Assert.IsFalse(receipt.GetProperty("textStored").GetBoolean());

        var item = (await (await client.Get("/v1/feedback", Http.TrainerKey)).Json()).GetProperty("items").EnumerateArray().Single();
        Assert.AreEqual(receipt.GetProperty("id").GetInt64(), item.GetProperty("id").GetInt64());
        Assert.AreEqual("ETQ202", item.GetProperty("ruleId").GetString());
        Assert.AreEqual("dismissed", item.GetProperty("action").GetString());
        Assert.AreEqual(3, item.GetProperty("span").GetProperty("length").GetInt32());
        Assert.AreEqual("The customer wrote thx first.", item.GetProperty("comment").GetString());
        Assert.AreEqual("agent-1", item.GetProperty("client").GetString());
        Assert.IsFalse(item.TryGetProperty("text", out _));
        Assert.IsTrue(DateTimeOffset.UtcNow - item.GetProperty("receivedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(5));
    }

    [TestMethod]
    public async Task Shared_text_and_comment_are_stored_with_data_protection_findings_masked()
    {
        using var factory = ApiFactory.With(Http.KeySettings(), linter: LinterWithSecretRule());
        var client = factory.CreateClient();
        var body = JsonSerializer.Serialize(new
        {
            ruleId = "ETQ202",
            span = new { start = 0, length = 3 },
            action = "reported",
            comment = "it showed swordfish in full",
            text = "Thx, your password is swordfish 😀 and swordfish again",
        });

        var receipt = await (await client.PostJson("/v1/feedback", body, Http.AgentKey)).Json(HttpStatusCode.Created);
        Assert.IsTrue(receipt.GetProperty("textStored").GetBoolean());

        var item = (await (await client.Get("/v1/feedback?ruleId=ETQ202", Http.AdminKey)).Json()).GetProperty("items")[0];
        Assert.AreEqual("Thx, your password is ••••••••• 😀 and ••••••••• again", item.GetProperty("text").GetString());
        Assert.AreEqual("it showed ••••••••• in full", item.GetProperty("comment").GetString());
    }

    [TestMethod]
    public async Task Stored_text_holds_nothing_the_catalog_would_still_mask()
    {
        using var factory = new ApiFactory(Http.KeySettings());
        var client = factory.CreateClient();
        const string text = "Thanks Sam. Your card 4111 1111 1111 1111 and IBAN GB82 WEST 1234 5698 7654 32 are on file; " +
                            "NI number QQ 12 34 56 C, write to sam@example.com, key sk_live_4eC39HqLyjWDarjtT1zdp7dc.";
        var body = JsonSerializer.Serialize(new { ruleId = "ETQ202", span = new { start = 0, length = 6 }, action = "accepted", text });

        await (await client.PostJson("/v1/feedback", body, Http.AgentKey)).Json(HttpStatusCode.Created);
        var stored = (await (await client.Get("/v1/feedback", Http.TrainerKey)).Json()).GetProperty("items")[0].GetProperty("text").GetString()!;

        var masking = new Feedback.DataProtectionMasker(EtiquetteRules.CreateLinter());
        Assert.AreEqual(stored, masking.Mask(stored), "masking the stored text again changes nothing");
        var dataProtectionRules = EtiquetteRules.RuleSet.Descriptors.Count(d => d.Category == Categories.DataProtection);
        if (dataProtectionRules > 0) Assert.IsFalse(stored.Contains("4111 1111 1111 1111"), stored);
    }

    [TestMethod]
    public async Task Feedback_survives_a_restart_over_the_same_database_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "etiquette-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            long id;
            using (var first = new ApiFactory(Http.KeySettings(), dataFolder: folder))
                id = (await (await first.CreateClient().PostJson("/v1/feedback", Dismissed, Http.AgentKey)).Json(HttpStatusCode.Created)).GetProperty("id").GetInt64();

            using var second = new ApiFactory(Http.KeySettings(), dataFolder: folder);
            var client = second.CreateClient();
            var items = (await (await client.Get("/v1/feedback", Http.TrainerKey)).Json()).GetProperty("items");
            Assert.AreEqual(id, items.EnumerateArray().Single().GetProperty("id").GetInt64());

            var next = (await (await client.PostJson("/v1/feedback", Dismissed, Http.AgentKey)).Json(HttpStatusCode.Created)).GetProperty("id").GetInt64();
            Assert.IsTrue(next > id);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("""{ "span": { "start": 0, "length": 3 }, "action": "accepted" }""", HttpStatusCode.BadRequest, "ruleId")]
    [DataRow("""{ "ruleId": "ETQ999", "span": { "start": 0, "length": 3 }, "action": "accepted" }""", HttpStatusCode.BadRequest, "ruleId")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 }, "action": "loved" }""", HttpStatusCode.BadRequest, "action")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 } }""", HttpStatusCode.BadRequest, "action")]
    [DataRow("""{ "ruleId": "ETQ202", "action": "accepted" }""", HttpStatusCode.BadRequest, "span")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": -1, "length": 3 }, "action": "accepted" }""", HttpStatusCode.BadRequest, "span")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": "0", "length": 3 }, "action": "accepted" }""", HttpStatusCode.BadRequest, "span.start")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 2, "length": 3 }, "action": "accepted", "text": "thx" }""", HttpStatusCode.BadRequest, "span")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 2147483647, "length": 1 }, "action": "accepted", "text": "thx" }""", HttpStatusCode.BadRequest, "span")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 }, "action": "accepted", "profile": "loud" }""", HttpStatusCode.BadRequest, "profile")]
    [DataRow("""{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 }, "action": "accepted", "text": 5 }""", HttpStatusCode.BadRequest, "text")]
    public async Task Bad_feedback_is_refused_naming_the_field(string body, HttpStatusCode status, string field)
    {
        using var factory = new ApiFactory();
        await (await factory.CreateClient().PostJson("/v1/feedback", body)).Problem(status, field);
    }

    [TestMethod]
    public async Task Oversized_text_and_comment_are_refused()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        var longText = JsonSerializer.Serialize(new { ruleId = "ETQ202", span = new { start = 0, length = 1 }, action = "accepted", text = new string('a', 20_001) });
        await (await client.PostJson("/v1/feedback", longText)).Problem(HttpStatusCode.RequestEntityTooLarge, "text");
        var longComment = JsonSerializer.Serialize(new { ruleId = "ETQ202", span = new { start = 0, length = 1 }, action = "accepted", comment = new string('a', 2_001) });
        await (await client.PostJson("/v1/feedback", longComment)).Problem(HttpStatusCode.BadRequest, "comment");
    }

    [TestMethod]
    [DataRow("?limit=0")]
    [DataRow("?limit=501")]
    [DataRow("?limit=many")]
    public async Task A_bad_page_size_is_refused(string query)
    {
        using var factory = new ApiFactory(Http.KeySettings());
        await (await factory.CreateClient().Get("/v1/feedback" + query, Http.TrainerKey)).Problem(HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// The catalog plus a data-protection rule of the test's own that masks the word "swordfish". It is off by default,
    /// as a team's profile might set a real one: masking must still apply it.
    /// </summary>
    private static Linter LinterWithSecretRule()
    {
        var rules = new RuleSet(EtiquetteRules.RuleSet.Analyzers.Append(new SecretWord()), EtiquetteRules.RuleSet.Lexicons);
        return new Linter(rules, new ProfileCatalog(rules));
    }

    private sealed class SecretWord : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "ETQ499", "Secret word", "'{0}' is a secret", Categories.DataProtection, DiagnosticSeverity.Error, "Test rule.", isEnabledByDefault: false);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Analyze(AnalysisContext context)
        {
            foreach (var token in context.Draft.Tokens)
            {
                if (!context.Draft[token].SequenceEqual("swordfish")) continue;
                var span = new TextSpan(token.Start, token.Length);
                context.Report(Rule, span, ["swordfish"], new Fix("Mask it", TextEdit.Replace(span, new string('•', token.Length))));
            }
        }
    }
}
