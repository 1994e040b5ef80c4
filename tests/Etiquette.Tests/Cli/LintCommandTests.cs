using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Core.Serialization;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class LintCommandTests
{
    private static readonly string OnlyTextspeakAndPunctuation = AllRulesExcept("ETQ202", "ETQ205");

    [TestMethod]
    public void Text_output_is_one_compiler_style_line_per_diagnostic_then_a_summary()
    {
        var outcome = Run("lint", "Thanks!! ur order, ur refund.", "--suppress", OnlyTextspeakAndPunctuation);

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                "1:7 info ETQ205 '!!' is more punctuation than a professional reply needs; one '!' is enough",
                "1:10 warning ETQ202 'ur' is textspeak; write 'your'",
                "1:20 warning ETQ202 'ur' is textspeak; write 'your'",
                "2 warnings, 0 errors, 1 info — send guard: warn",
            },
            outcome.OutLines);
        Assert.AreEqual(string.Empty, outcome.Error);
    }

    [TestMethod]
    public void A_clean_draft_prints_only_the_summary()
    {
        var outcome = Run("lint", "Thanks for waiting, your order has shipped.", "--suppress", OnlyTextspeakAndPunctuation);

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode);
        CollectionAssert.AreEqual(new[] { "0 warnings, 0 errors, 0 infos — send guard: ok" }, outcome.OutLines);
    }

    [TestMethod]
    public void Errors_give_exit_code_1()
    {
        using var folder = new TempFolder();
        var profile = folder.Write("strict.json", """{ "rules": { "ETQ202": "error" } }""");

        var outcome = Run("lint", "Thanks, ur order has shipped.", "--profile", profile, "--suppress", OnlyTextspeakAndPunctuation);

        Assert.AreEqual(ExitCodes.ErrorsFound, outcome.ExitCode, outcome.ToString());
        CollectionAssert.AreEqual(
            new[] { "1:9 error ETQ202 'ur' is textspeak; write 'your'", "0 warnings, 1 error, 0 infos — send guard: block" },
            outcome.OutLines);
    }

    [TestMethod]
    public void Warnings_alone_give_exit_code_0()
    {
        var outcome = Run("lint", "Thanks, ur order has shipped.");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        CollectionAssert.Contains(outcome.OutLines, "1:9 warning ETQ202 'ur' is textspeak; write 'your'");
    }

    [TestMethod]
    public void A_built_in_profile_is_chosen_by_name()
    {
        const string draft = "Your refund is on its way 😀";

        CollectionAssert.Contains(Run("lint", draft).OutLines, "1:27 warning ETQ203 Emoji '😀' does not suit this brand's voice; remove it");
        Assert.IsFalse(Run("lint", draft, "--profile", "casual").Out.Contains("ETQ203"), "the casual profile allows emoji");
    }

    [TestMethod]
    public void Suppressed_rules_are_left_out()
    {
        var outcome = Run("lint", "Thanks!! ur order.", "--suppress", "etq202", "ETQ203");

        Assert.IsFalse(outcome.Out.Contains("ETQ202"), outcome.ToString());
        CollectionAssert.Contains(outcome.OutLines, "1:7 info ETQ205 '!!' is more punctuation than a professional reply needs; one '!' is enough");
    }

    [TestMethod]
    public void The_draft_can_come_from_a_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("reply.txt", "Hi Sam.\r\nThanks, ur order\r\nhas shipped ur way.");

        var outcome = Run("lint", "--file", file);

        CollectionAssert.Contains(outcome.OutLines, "2:9 warning ETQ202 'ur' is textspeak; write 'your'");
        CollectionAssert.Contains(outcome.OutLines, "3:13 warning ETQ202 'ur' is textspeak; write 'your'");
    }

    [TestMethod]
    public void The_draft_comes_from_standard_input_when_no_text_or_file_is_given()
    {
        var outcome = RunWithInput("Thanks, ur order has shipped.\n", "lint");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        CollectionAssert.Contains(outcome.OutLines, "1:9 warning ETQ202 'ur' is textspeak; write 'your'");
    }

    [TestMethod]
    public void The_conversation_file_reaches_the_engine()
    {
        using var folder = new TempFolder();
        var conversation = folder.Write("chat.json", """
            {
              "messages": [
                { "role": "customer", "text": "Where is my parcel?" },
                { "role": "agent", "text": "Let me check." }
              ],
              "customerName": "Sam Jones"
            }
            """);

        var withChat = RunWith("", Redirected, ConversationProbe.CreateLinter(), "lint", "Found it.", "--conversation", conversation);
        var without = RunWith("", Redirected, ConversationProbe.CreateLinter(), "lint", "Found it.");

        CollectionAssert.Contains(withChat.OutLines, "1:1 info ETQ990 2 earlier messages, customer Sam", withChat.ToString());
        CollectionAssert.Contains(without.OutLines, "1:1 info ETQ990 0 earlier messages, customer unknown", without.ToString());
    }

    [TestMethod]
    [DataRow("Hi.\r\nur", "2:1", DisplayName = "CRLF is one line break")]
    [DataRow("Hi.\r\n\r\nur", "3:1", DisplayName = "two CRLFs")]
    [DataRow("Hi.\n\nur", "3:1", DisplayName = "LF")]
    [DataRow("Hi.\rur", "2:1", DisplayName = "lone CR")]
    [DataRow("Hi Sam.\r\nThanks, ur", "2:9", DisplayName = "column after CRLF")]
    [DataRow("Sure 😀 ur", "1:9", DisplayName = "an emoji is two UTF-16 code units")]
    [DataRow("👨‍👩‍👧 ur", "1:10", DisplayName = "a ZWJ family is eight code units")]
    [DataRow("Hi 👋🏽\r\n🇬🇧 ur", "2:6", DisplayName = "emoji on both sides of a CRLF")]
    public void Line_and_column_count_crlf_once_and_columns_in_utf16_code_units(string draft, string position)
    {
        var outcome = Run("lint", draft);

        var line = outcome.OutLines.Single(l => l.EndsWith("ETQ202 'ur' is textspeak; write 'your'", StringComparison.Ordinal));
        Assert.AreEqual($"{position} warning ETQ202 'ur' is textspeak; write 'your'", line);
    }

    [TestMethod]
    public void Json_output_is_the_shared_lint_response()
    {
        const string draft = "Thanks!! ur order 😀";

        var outcome = Run("lint", draft, "--format", "json");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        var printed = JsonSerializer.Deserialize<LintResponse>(outcome.Out, EtiquetteJson.Options)!;
        var expected = LintResponse.From(LintHarness.Lint(draft));
        Assert.AreEqual(WithoutTiming(expected), WithoutTiming(printed));
        Assert.IsTrue(printed.Diagnostics.Any(d => d is { Id: "ETQ202", Span: { Start: 9, Length: 2 } }), outcome.Out);
    }

    [TestMethod]
    public void Jsonl_output_of_one_draft_is_one_line()
    {
        var outcome = Run("lint", "Thanks, ur order.", "--format", "jsonl");

        Assert.AreEqual(1, outcome.OutLines.Length, outcome.Out);
        var printed = JsonSerializer.Deserialize<LintResponse>(outcome.OutLines[0], EtiquetteJson.Options)!;
        Assert.IsTrue(printed.Diagnostics.Any(d => d is { Id: "ETQ202", Span: { Start: 8, Length: 2 } }), outcome.Out);
    }

    [TestMethod]
    public void Bad_usage_gives_exit_code_2_and_one_line_on_stderr()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.txt");
        var brokenProfile = folder.Write("broken.json", "{ \"rules\": ");
        var notJson = folder.Write("chat.json", "{ \"messages\": [ ");
        var badRole = folder.Write("role.json", """{ "messages": [{ "role": "robot", "text": "Hello" }] }""");
        var draft = folder.Write("draft.txt", "Thanks");

        AssertBadUsage(Run("lint", "Thanks", "--bogus"), "--bogus");
        AssertBadUsage(Run("lint", "--bogus"), "--bogus");
        AssertBadUsage(Run("lnt", "Thanks"), "lnt");
        AssertBadUsage(Run(), "command");
        AssertBadUsage(Run("lint", "Thanks", "--format", "xml"), "xml");
        AssertBadUsage(Run("lint", "--file", missing), "does not exist");
        AssertBadUsage(Run("lint", "--file", folder.Path), "--file");
        AssertBadUsage(Run("lint", "Thanks", "--file", draft), "not both");
        AssertBadUsage(Run("lint", "Thanks", "--profile", "nope"), "'nope' is neither a profile (casual, default, formal) nor a file");
        AssertBadUsage(Run("lint", "Thanks", "--profile", brokenProfile), "not valid JSON");
        AssertBadUsage(Run("lint", "Thanks", "--suppress", "ETQ999"), "no rule ETQ999");
        AssertBadUsage(Run("lint", "Thanks", "--suppress", "shouting"), "no rule shouting");
        AssertBadUsage(Run("lint", "Thanks", "--conversation", notJson), "not valid JSON");
        AssertBadUsage(Run("lint", "Thanks", "--conversation", badRole), "conversation.messages[0].role must be 'customer' or 'agent'");
    }

    [TestMethod]
    public void No_draft_from_a_keyboard_is_bad_usage_rather_than_a_wait()
    {
        var atKeyboard = new Terminal(InputIsTerminal: true, OutputIsTerminal: false, new Dictionary<string, string>());

        AssertBadUsage(RunWith("", atKeyboard, null, "lint"), "standard input");
    }

    private static string WithoutTiming(LintResponse response) =>
        JsonSerializer.Serialize(response with { ElapsedMs = 0 }, EtiquetteJson.Options);
}
